package dev.facet.renderer.egl;

/**
 * One device listed by {@code eglQueryDevicesEXT}.
 *
 * @param index position in EGL's list, what {@code --gpu N} names
 * @param drmFile the DRM device node, when the driver says
 * @param software true for Mesa's software rasteriser (EGL_MESA_device_software)
 */
public record EglDevice(int index, long handle, String extensions, String drmFile, String vendorName,
                        boolean software) {

    public String describe() {
        StringBuilder s = new StringBuilder("EGL device ").append(index).append(": ");
        if (software) {
            s.append("Mesa software rasteriser");
        } else if (extensions.contains("EGL_NV_device_cuda")) {
            s.append("NVIDIA GPU");
        } else {
            s.append("GPU");
        }
        if (vendorName != null && !vendorName.isBlank()) {
            s.append(" [").append(vendorName).append(']');
        }
        if (drmFile != null && !drmFile.isBlank()) {
            s.append(" (").append(drmFile).append(')');
        }
        return s.toString();
    }
}
