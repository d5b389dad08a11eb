package dev.facet.renderer.egl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The PCI address of a DRM device node: /dev/dri/cardN (or renderDN) has
 * /sys/class/drm/cardN/device, a link whose real path ends in the address.
 */
public final class PciBusId {
    /** Where Linux lists DRM devices. */
    public static final Path SYS_CLASS_DRM = Path.of("/sys/class/drm");
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F]{4,8}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]");

    private PciBusId() {
    }

    /** The PCI address of {@code drmFile} as {@code sysClassDrm} lists it, or null when it cannot be told. */
    public static String of(Path sysClassDrm, String drmFile) {
        if (drmFile == null || drmFile.isBlank()) {
            return null;
        }
        Path node = Path.of(drmFile).getFileName();
        if (node == null) {
            return null;
        }
        try {
            Path real = sysClassDrm.resolve(node.toString()).resolve("device").toRealPath();
            String last = real.getFileName() == null ? "" : real.getFileName().toString();
            return ADDRESS.matcher(last).matches() ? last.toLowerCase() : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

}
