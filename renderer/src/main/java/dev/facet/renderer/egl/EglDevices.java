package dev.facet.renderer.egl;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EXTDeviceDRM;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDevicePersistentID;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.egl.EXTDeviceQueryName;
import org.lwjgl.egl.NVDeviceCUDA;
import org.lwjgl.system.MemoryStack;

/**
 * What the EGL library on this machine offers: its client extensions and the devices
 * it can enumerate. LWJGL's capability flags for client extensions read false even where
 * the functions exist, so the extension string is parsed instead.
 */
public record EglDevices(String clientExtensions, List<EglDevice> devices) {

    /** Loads libEGL and lists its devices; throws {@link EglUnavailable} when libEGL is missing. */
    public static EglDevices query() {
        Natives.prepare();
        String client;
        try {
            client = EGL10.eglQueryString(EGL10.EGL_NO_DISPLAY, EGL10.EGL_EXTENSIONS);
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new EglUnavailable("cannot load libEGL.so.1 (" + e.getMessage() + ")", e);
        }
        if (client == null) {
            client = "";
        }
        List<EglDevice> devices = new ArrayList<>();
        if (has(client, "EGL_EXT_device_enumeration") || has(client, "EGL_EXT_device_base")) {
            try (MemoryStack stack = MemoryStack.stackPush()) {
                int[] count = new int[1];
                if (EXTDeviceEnumeration.eglQueryDevicesEXT(null, count) && count[0] > 0) {
                    PointerBuffer handles = stack.mallocPointer(count[0]);
                    EXTDeviceEnumeration.eglQueryDevicesEXT(handles, count);
                    for (int i = 0; i < count[0]; i++) {
                        devices.add(describe(i, handles.get(i)));
                    }
                }
            }
        }
        return new EglDevices(client, List.copyOf(devices));
    }

    public boolean hasClientExtension(String name) {
        return has(clientExtensions, name);
    }

    private static EglDevice describe(int index, long handle) {
        String ext = orEmpty(EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EGL10.EGL_EXTENSIONS));
        String drm = has(ext, "EGL_EXT_device_drm")
                ? EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EXTDeviceDRM.EGL_DRM_DEVICE_FILE_EXT) : null;
        boolean named = has(ext, "EGL_EXT_device_query_name");
        String vendor = named ? EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EGL10.EGL_VENDOR) : null;
        String renderer = named ? EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EXTDeviceQueryName.EGL_RENDERER_EXT)
                : null;
        return new EglDevice(index, handle, ext, drm, vendor, renderer, cudaOrdinal(handle, ext), uuid(handle, ext),
                PciBusId.of(PciBusId.SYS_CLASS_DRM, drm), has(ext, "EGL_MESA_device_software"));
    }

    /** The CUDA device number of an NVIDIA device (EGL_NV_device_cuda), or null. */
    private static Integer cudaOrdinal(long handle, String ext) {
        if (!has(ext, "EGL_NV_device_cuda") || EGL.getCapabilities().eglQueryDeviceAttribEXT == 0) {
            return null;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer value = stack.mallocPointer(1);
            return EXTDeviceQuery.eglQueryDeviceAttribEXT(handle, NVDeviceCUDA.EGL_CUDA_DEVICE_NV, value)
                    ? (int) value.get(0) : null;
        }
    }

    /** The device UUID (EGL_EXT_device_persistent_id) written as CUDA writes it, or null. */
    private static String uuid(long handle, String ext) {
        if (!has(ext, "EGL_EXT_device_persistent_id") || EGL.getCapabilities().eglQueryDeviceBinaryEXT == 0) {
            return null;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            ByteBuffer bytes = stack.malloc(16);
            int[] size = new int[1];
            if (!EXTDevicePersistentID.eglQueryDeviceBinaryEXT(handle, EXTDevicePersistentID.EGL_DEVICE_UUID_EXT,
                    bytes, size) || size[0] != 16) {
                return null;
            }
            byte[] b = new byte[16];
            bytes.get(0, b);
            return DeviceMapping.uuidText(b);
        }
    }

    static boolean has(String extensions, String name) {
        for (String e : extensions.split(" ")) {
            if (e.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
