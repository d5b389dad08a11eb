package dev.facet.renderer.egl;

/**
 * One device listed by {@code eglQueryDevicesEXT}, with what the driver says about it.
 *
 * @param index position in EGL's list (EGL's order, which is not CUDA's)
 * @param drmFile the DRM device node, when the driver says (EGL_EXT_device_drm)
 * @param vendor the vendor string, when the driver says (EGL_EXT_device_query_name)
 * @param renderer the renderer string, when the driver says (EGL_EXT_device_query_name)
 * @param cudaOrdinal the CUDA device number in the driver's full enumeration (EGL_NV_device_cuda), or null
 * @param uuid the device UUID as CUDA writes it ("GPU-xxxxxxxx-..."), when the driver says
 *        (EGL_EXT_device_persistent_id), or null
 * @param pciBusId the PCI address ("0000:65:00.0") found through the DRM node in sysfs, or null
 * @param software true for Mesa's software rasteriser (EGL_MESA_device_software)
 */
public record EglDevice(int index, long handle, String extensions, String drmFile, String vendor, String renderer,
                        Integer cudaOrdinal, String uuid, String pciBusId, boolean software) {

    /** A device as a test or a table knows it: no handle, no extension string. */
    public static EglDevice of(int index, Integer cudaOrdinal, String uuid, String renderer, boolean software) {
        return new EglDevice(index, 0, "", null, null, renderer, cudaOrdinal, uuid, null, software);
    }

    /** The driver's name for the device ("NVIDIA Corporation NVIDIA H100"), or null when it gives none. */
    public String name() {
        String v = blankToNull(vendor);
        String r = blankToNull(renderer);
        if (v == null || r == null) {
            return r != null ? r : v;
        }
        return r.startsWith(v) ? r : v + " " + r;
    }

    public String describe() {
        StringBuilder s = new StringBuilder("EGL device ").append(index).append(": ");
        if (software) {
            s.append("Mesa software rasteriser");
        } else if (cudaOrdinal != null) {
            s.append("NVIDIA GPU (CUDA ").append(cudaOrdinal).append(')');
        } else {
            s.append("GPU");
        }
        String name = name();
        if (name != null) {
            s.append(" [").append(name).append(']');
        }
        if (drmFile != null && !drmFile.isBlank()) {
            s.append(" (").append(drmFile).append(')');
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
