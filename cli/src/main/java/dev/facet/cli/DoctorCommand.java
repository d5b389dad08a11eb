package dev.facet.cli;

import dev.facet.renderer.egl.DeviceMapping;
import dev.facet.renderer.egl.EglContext;
import dev.facet.renderer.egl.EglDevice;
import dev.facet.renderer.egl.EglDevices;
import dev.facet.renderer.egl.EglUnavailable;
import dev.facet.renderer.egl.NoSuchDevice;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code facet doctor}: what headless rendering can use on this machine, which device a
 * run would choose, and in plain words what to install when it does not work.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Diagnose headless rendering: EGL library, the devices (EGL index, CUDA number, PCI bus id, "
                + "name), the one a run uses, GL version.")
final class DoctorCommand implements Callable<Integer> {
    private static final List<String> NVIDIA_VENDOR_FILES = List.of(
            "/usr/share/glvnd/egl_vendor.d/10_nvidia.json",
            "/etc/glvnd/egl_vendor.d/10_nvidia.json",
            "/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json");

    @Override
    public Integer call() {
        PrintStream out = System.out;
        EglDevices found;
        try {
            found = EglDevices.query();
        } catch (EglUnavailable e) {
            diagnoseNoLibrary(out, e);
            return 1;
        }
        out.println("EGL library: found");
        out.println("Client extensions: " + relevant(found.clientExtensions()));
        Map<String, String> env = System.getenv();
        for (String variable : List.of(DeviceMapping.CUDA_VISIBLE_DEVICES, GpuChoice.VARIABLE)) {
            if (env.get(variable) != null) {
                out.println(variable + "=" + env.get(variable));
            }
        }
        DeviceMapping.Choice choice;
        EglContext chosen;
        try {
            choice = GpuChoice.choose(null, found, env);
        } catch (NoSuchDevice | UserError e) {
            printDevices(out, found, null, glNames(found, null));
            out.println();
            out.println("Chosen: none. " + e.getMessage());
            out.println();
            out.println("Diagnosis: " + GpuChoice.VARIABLE + " or " + DeviceMapping.CUDA_VISIBLE_DEVICES
                    + " names a device that is not there; the table lists those that are.");
            return 1;
        }
        try {
            chosen = EglContext.open(choice.eglIndex());
        } catch (EglUnavailable e) {
            printDevices(out, found, null, Map.of());
            out.println();
            out.println("Chosen: none. " + e.getMessage());
            out.println();
            diagnoseNoContext(out, found);
            return 1;
        }
        try {
            printDevices(out, found, chosen.device(), glNames(found, chosen));
            out.println();
            if (choice.warning() != null) {
                out.println("WARNING: " + choice.warning());
            }
            out.println("Chosen: " + chosen.source() + " (" + choice.reason() + ")");
            out.println("GL vendor:   " + chosen.glVendor());
            out.println("GL renderer: " + chosen.glRenderer());
            out.println("GL version:  " + chosen.glVersion());
            out.println();
            diagnose(out, chosen, found.devices().stream().anyMatch(d -> !d.software()));
        } finally {
            chosen.close();
        }
        return 0;
    }

    private static void printDevices(PrintStream out, EglDevices found, Integer used, Map<Integer, String> glNames) {
        out.println("EGL devices: " + found.devices().size());
        if (!found.devices().isEmpty()) {
            DeviceTable.lines(found.devices(), glNames, used).forEach(l -> out.println("  " + l));
        }
    }

    /**
     * GL renderer strings for devices whose driver names none: the chosen context's (if any), and
     * for each other such device that of a context opened on it just for this.
     */
    private static Map<Integer, String> glNames(EglDevices found, EglContext chosen) {
        Map<Integer, String> names = new HashMap<>();
        if (chosen != null && chosen.device() != null) {
            names.put(chosen.device(), chosen.glRenderer());
        }
        for (EglDevice d : found.devices()) {
            if (d.name() == null && !names.containsKey(d.index())) {
                try (EglContext other = EglContext.open(d.index())) {
                    names.put(d.index(), other.glRenderer());
                } catch (EglUnavailable e) {
                    names.put(d.index(), "(cannot be opened)");
                }
            }
        }
        return names;
    }

    private static void diagnose(PrintStream out, EglContext chosen, boolean gpuListed) {
        if (chosen.software()) {
            out.println("Diagnosis: rendering works, but in SOFTWARE on the CPU ("
                    + (chosen.fallbackReason() == null ? "software device chosen" : chosen.fallbackReason()) + ").");
            adviseGpu(out, gpuListed);
        } else {
            out.println("Diagnosis: GPU rendering works.");
        }
    }

    private static void diagnoseNoLibrary(PrintStream out, EglUnavailable e) {
        out.println("EGL library: NOT FOUND (" + e.getMessage() + ")");
        out.println();
        out.println("Diagnosis: libEGL.so.1 is missing, so no headless OpenGL is possible.");
        out.println("Fix (Debian/Ubuntu): apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri   # CPU rendering");
        out.println("     NVIDIA GPU:      install the NVIDIA driver's EGL library (e.g. libnvidia-gl-<version>),");
        out.println("                      which provides libEGL_nvidia.so.0 and " + NVIDIA_VENDOR_FILES.get(0));
    }

    private static void diagnoseNoContext(PrintStream out, EglDevices found) {
        if (found.devices().isEmpty() && !found.hasClientExtension("EGL_MESA_platform_surfaceless")) {
            out.println("Diagnosis: libEGL is installed but no EGL driver (vendor library) answers.");
            out.println("Fix (Debian/Ubuntu): apt-get install libegl-mesa0 libgl1-mesa-dri   # CPU rendering");
            out.println("     NVIDIA GPU:      check that " + NVIDIA_VENDOR_FILES.get(0) + " exists and names");
            out.println("                      libEGL_nvidia.so.0 from the NVIDIA driver.");
        } else {
            out.println("Diagnosis: EGL devices exist but none gives an OpenGL 3.3 core context.");
            out.println("Fix (Debian/Ubuntu): apt-get install libgl1-mesa-dri   # Mesa's OpenGL drivers, for CPU rendering");
            out.println("     NVIDIA GPU:      the driver's OpenGL libraries must match the kernel module version");
            out.println("                      (nvidia-smi shows it); in containers set NVIDIA_DRIVER_CAPABILITIES=graphics,utility,compute.");
        }
    }

    private static void adviseGpu(PrintStream out, boolean gpuListed) {
        boolean nvidiaKernel = Files.exists(Path.of("/dev/nvidiactl")) || Files.exists(Path.of("/proc/driver/nvidia/version"));
        boolean nvidiaEgl = NVIDIA_VENDOR_FILES.stream().anyMatch(f -> Files.exists(Path.of(f)));
        if (nvidiaKernel && !nvidiaEgl) {
            out.println("This machine has an NVIDIA driver but no NVIDIA EGL vendor file (" + NVIDIA_VENDOR_FILES.get(0) + ").");
            out.println("Fix: install the driver's GL/EGL libraries (e.g. apt-get install libnvidia-gl-<version> or libegl-nvidia0);");
            out.println("     in a container, run it with NVIDIA_DRIVER_CAPABILITIES=graphics,utility,compute (or all).");
        } else if (gpuListed) {
            out.println("A GPU device is listed but could not be opened; see the reasons above, and check that this user");
            out.println("may open /dev/dri/renderD* (group 'render') or /dev/nvidia*.");
        } else {
            out.println("No GPU is visible to EGL. That is expected on a CPU-only machine; on a GPU server install");
            out.println("the NVIDIA driver with its EGL library (10_nvidia.json in /usr/share/glvnd/egl_vendor.d/).");
        }
    }

    private static String relevant(String extensions) {
        StringBuilder s = new StringBuilder();
        for (String e : extensions.split(" ")) {
            if (e.contains("device") || e.contains("platform")) {
                s.append(s.length() == 0 ? "" : " ").append(e);
            }
        }
        return s.length() == 0 ? "(none relevant)" : s.toString();
    }
}
