package dev.facet.renderer.egl;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EXTDeviceDRM;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.egl.EXTDeviceQueryName;
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
        String name = has(ext, "EGL_EXT_device_query_name") && EGL.getCapabilities().eglQueryDeviceStringEXT != 0
                ? EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EXTDeviceQueryName.EGL_RENDERER_EXT) : null;
        return new EglDevice(index, handle, ext, drm, name, has(ext, "EGL_MESA_device_software"));
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
