package dev.facet.renderer.egl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which EGL device renders for "GPU N", where N counts the CUDA devices that
 * {@code CUDA_VISIBLE_DEVICES} leaves visible: the numbering schedulers hand a process.
 * EGL lists every GPU of the machine in an order of its own; NVIDIA's EGL_NV_device_cuda
 * tells each device's CUDA number in the driver's full list, which ties the two together.
 * Where no device tells (Mesa, other vendors), N is taken as EGL device N, with a warning.
 * Pure: the device table and the variable's value come in, the choice goes out.
 */
public final class DeviceMapping {
    /** The variable through which schedulers hand a process its GPUs. */
    public static final String CUDA_VISIBLE_DEVICES = "CUDA_VISIBLE_DEVICES";

    private DeviceMapping() {
    }

    /**
     * The choice of a device.
     *
     * @param eglIndex the EGL device to open, or null for the best one in EGL order
     * @param warning one line to show when the choice falls back to EGL order, or null
     * @param reason how the device was chosen, in words
     */
    public record Choice(Integer eglIndex, String warning, String reason) {
    }

    /**
     * Chooses the device for {@code requested} (null: the first visible CUDA device).
     *
     * @param requestedAs how the user asked, for messages ("--gpu 2", "FACET_GPU=2")
     * @throws NoSuchDevice when the request names a device that is not visible
     */
    public static Choice choose(List<EglDevice> devices, String cudaVisible, Integer requested, String requestedAs) {
        if (requested != null && requested < 0) {
            throw new NoSuchDevice(requestedAs + ": a device number is 0 or more");
        }
        List<EglDevice> cuda = devices.stream().filter(d -> d.cudaOrdinal() != null).toList();
        if (cuda.isEmpty()) {
            return inEglOrder(devices, requested, requestedAs, cudaVisible == null ? null
                    : "no EGL device reports its CUDA device number (EGL_NV_device_cuda is missing, as on Mesa), so "
                    + CUDA_VISIBLE_DEVICES + "=" + cudaVisible + " cannot be matched; ");
        }
        if (cudaVisible != null && namesUnmatchableUuids(cudaVisible, cuda)) {
            return inEglOrder(devices, requested, requestedAs, CUDA_VISIBLE_DEVICES + "=" + cudaVisible
                    + " names GPUs by UUID and this EGL driver gives no UUID to match them with "
                    + "(EGL_EXT_device_persistent_id missing, or MIG instances); ");
        }
        List<EglDevice> visible = visible(cudaVisible, cuda);
        int n = requested == null ? 0 : requested;
        if (n >= visible.size()) {
            String what = requested == null ? "the first visible CUDA device" : requestedAs;
            throw new NoSuchDevice(what + ": " + visible.size() + " CUDA device(s) visible"
                    + (cudaVisible == null ? "" : " (" + CUDA_VISIBLE_DEVICES + "=" + cudaVisible + ")")
                    + listing(visible));
        }
        EglDevice d = visible.get(n);
        return new Choice(d.index(), null, "CUDA device " + n + (cudaVisible == null ? "" : " of "
                + CUDA_VISIBLE_DEVICES + "=" + cudaVisible) + " is CUDA " + d.cudaOrdinal()
                + " in the driver's list, EGL device " + d.index());
    }

    /** How many devices "--gpus all" spreads over: the visible CUDA devices, else every EGL device. */
    public static int visibleCount(List<EglDevice> devices, String cudaVisible) {
        List<EglDevice> cuda = devices.stream().filter(d -> d.cudaOrdinal() != null).toList();
        if (cuda.isEmpty() || cudaVisible != null && namesUnmatchableUuids(cudaVisible, cuda)) {
            return devices.size();
        }
        return visible(cudaVisible, cuda).size();
    }

    private static Choice inEglOrder(List<EglDevice> devices, Integer requested, String requestedAs, String why) {
        if (requested == null) {
            return new Choice(null, why == null ? null : why + "using the first GPU in EGL order",
                    "the first GPU in EGL order");
        }
        if (requested >= devices.size()) {
            throw new NoSuchDevice(requestedAs + ": this machine has " + devices.size() + " EGL device(s)"
                    + " and none reports a CUDA device number" + listing(devices));
        }
        String prefix = why != null ? why : "no EGL device reports its CUDA device number (EGL_NV_device_cuda is "
                + "missing, as on Mesa); ";
        return new Choice(requested, prefix + requestedAs + " is taken as EGL device " + requested
                + " (EGL order, which need not be CUDA's)", "EGL device " + requested + " in EGL order");
    }

    /**
     * The visible devices in CUDA's numbering. Unset: every device, by CUDA number. Set: its
     * entries, ordinals or UUID prefixes; like CUDA, the list ends at the first entry that
     * names no device (so "" and "-1" hide them all).
     */
    private static List<EglDevice> visible(String cudaVisible, List<EglDevice> cuda) {
        if (cudaVisible == null) {
            return cuda.stream().sorted(Comparator.comparing(EglDevice::cudaOrdinal)).toList();
        }
        List<EglDevice> visible = new ArrayList<>();
        for (String entry : cudaVisible.split(",", -1)) {
            EglDevice d = find(entry.trim(), cuda);
            if (d == null) {
                break;
            }
            if (!visible.contains(d)) {
                visible.add(d);
            }
        }
        return visible;
    }

    private static EglDevice find(String entry, List<EglDevice> cuda) {
        if (isUuid(entry)) {
            String prefix = entry.toLowerCase(Locale.ROOT);
            List<EglDevice> hits = cuda.stream()
                    .filter(d -> d.uuid() != null && d.uuid().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
            return hits.size() == 1 ? hits.get(0) : null;
        }
        try {
            int ordinal = Integer.parseInt(entry);
            return cuda.stream().filter(d -> d.cudaOrdinal() == ordinal).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean namesUnmatchableUuids(String cudaVisible, List<EglDevice> cuda) {
        boolean uuids = cuda.stream().anyMatch(d -> d.uuid() != null);
        for (String entry : cudaVisible.split(",", -1)) {
            String e = entry.trim();
            if (e.regionMatches(true, 0, "MIG-", 0, 4) || isUuid(e) && !uuids) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUuid(String entry) {
        return entry.regionMatches(true, 0, "GPU-", 0, 4);
    }

    /** A 16-byte device UUID written as CUDA and nvidia-smi write it: GPU-8-4-4-4-12 hex digits. */
    public static String uuidText(byte[] uuid) {
        StringBuilder s = new StringBuilder("GPU-");
        for (int i = 0; i < uuid.length; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                s.append('-');
            }
            s.append(String.format("%02x", uuid[i] & 0xff));
        }
        return s.toString();
    }

    private static String listing(List<EglDevice> devices) {
        StringBuilder s = new StringBuilder();
        for (EglDevice d : devices) {
            s.append(s.length() == 0 ? ": " : ", ").append(d.describe());
        }
        return s.toString();
    }
}
