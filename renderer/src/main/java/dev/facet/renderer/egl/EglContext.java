package dev.facet.renderer.egl;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EGL12;
import org.lwjgl.egl.EGL14;
import org.lwjgl.egl.EGL15;
import org.lwjgl.egl.EXTPlatformDevice;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A headless OpenGL core context made current on the calling thread, with no window, no
 * X server and no GLFW. Tries, in order: the requested EGL device, or every GPU device,
 * then Mesa's software device, then Mesa's surfaceless platform. Rendering goes into
 * framebuffer objects only.
 */
public final class EglContext implements AutoCloseable {
    static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

    private final long display;
    private final long context;
    private final Integer device;
    private final String source;
    private final boolean software;
    private final String fallbackReason;
    private final String glVendor;
    private final String glRenderer;
    private final String glVersion;

    private EglContext(long display, long context, Integer device, String source, String fallbackReason) {
        this.display = display;
        this.context = context;
        this.device = device;
        this.source = source;
        this.glVendor = GL11.glGetString(GL11.GL_VENDOR);
        this.glRenderer = GL11.glGetString(GL11.GL_RENDERER);
        this.glVersion = GL11.glGetString(GL11.GL_VERSION);
        String r = glRenderer == null ? "" : glRenderer.toLowerCase();
        this.software = r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swrast");
        this.fallbackReason = fallbackReason;
    }

    /**
     * Opens a context on {@code gpu} (an index into EGL's device list), or on the best
     * device when {@code gpu} is null.
     *
     * @throws EglUnavailable when no context can be made, with the reasons for each try
     * @throws NoSuchDevice when {@code gpu} names a device that does not exist
     */
    public static EglContext open(Integer gpu) {
        Configuration.OPENGL_CONTEXT_API.set("EGL");
        EglDevices found = EglDevices.query();
        List<String> failures = new ArrayList<>();
        if (gpu != null) {
            if (gpu < 0 || gpu >= found.devices().size()) {
                throw new NoSuchDevice("EGL device " + gpu + ": this machine has "
                        + found.devices().size() + " EGL device(s)" + listing(found));
            }
            EglDevice d = found.devices().get(gpu);
            EglContext c = tryDevice(d, failures, null);
            if (c == null) {
                throw new EglUnavailable("cannot render on " + d.describe() + ": " + String.join("; ", failures));
            }
            return c;
        }
        for (EglDevice d : found.devices()) {
            if (!d.software()) {
                EglContext c = tryDevice(d, failures, null);
                if (c != null) {
                    return c;
                }
            }
        }
        String why = found.devices().stream().anyMatch(d -> !d.software())
                ? "no GPU EGL device could be opened (" + String.join("; ", failures) + ")"
                : "no GPU EGL device was found" + (found.devices().isEmpty() ? "" : " (only " + found.devices().stream()
                        .map(EglDevice::describe).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        for (EglDevice d : found.devices()) {
            if (d.software()) {
                EglContext c = tryDevice(d, failures, why);
                if (c != null) {
                    return c;
                }
            }
        }
        if (found.hasClientExtension("EGL_MESA_platform_surfaceless")) {
            EglContext c = tryDisplay(platformDisplay(EGL_PLATFORM_SURFACELESS_MESA, 0), null,
                    "Mesa surfaceless platform", failures, why);
            if (c != null) {
                return c;
            }
        }
        throw new EglUnavailable("no headless OpenGL context could be created: "
                + (failures.isEmpty() ? why : String.join("; ", failures)));
    }

    private static String listing(EglDevices found) {
        StringBuilder s = new StringBuilder();
        for (EglDevice d : found.devices()) {
            s.append(s.length() == 0 ? ": " : ", ").append(d.describe());
        }
        return s.toString();
    }

    private static EglContext tryDevice(EglDevice d, List<String> failures, String fallbackReason) {
        long display = platformDisplay(EXTPlatformDevice.EGL_PLATFORM_DEVICE_EXT, d.handle());
        return tryDisplay(display, d.index(), d.describe(), failures, fallbackReason);
    }

    /** eglGetPlatformDisplayEXT through its raw pointer: LWJGL's wrapper rejects the NULL native display that surfaceless needs. */
    private static long platformDisplay(int platform, long nativeDisplay) {
        long fn = EGL.getCapabilities().eglGetPlatformDisplayEXT;
        if (fn == 0) {
            fn = EGL.getCapabilities().eglGetPlatformDisplay;
        }
        if (fn == 0) {
            return 0;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            return JNI.callPPP(platform, nativeDisplay, org.lwjgl.system.MemoryUtil.memAddress(stack.ints(EGL10.EGL_NONE)), fn);
        }
    }

    private static EglContext tryDisplay(long display, Integer device, String source, List<String> failures,
            String fallbackReason) {
        if (display == 0) {
            failures.add(source + ": no display (" + error() + ")");
            return null;
        }
        int[] major = new int[1];
        int[] minor = new int[1];
        if (!EGL10.eglInitialize(display, major, minor)) {
            failures.add(source + ": eglInitialize failed (" + error() + ")");
            return null;
        }
        if (!EGL14.eglBindAPI(EGL14.EGL_OPENGL_API)) {
            failures.add(source + ": no desktop OpenGL API (" + error() + ")");
            EGL10.eglTerminate(display);
            return null;
        }
        long config = chooseConfig(display);
        String displayExtensions = EGL10.eglQueryString(display, EGL10.EGL_EXTENSIONS);
        if (config == 0 && !EglDevices.has(displayExtensions == null ? "" : displayExtensions, "EGL_KHR_no_config_context")) {
            failures.add(source + ": no OpenGL-capable configuration");
            EGL10.eglTerminate(display);
            return null;
        }
        for (int[] version : new int[][] {{4, 6}, {4, 5}, {3, 3}}) {
            int[] attribs = {
                EGL15.EGL_CONTEXT_MAJOR_VERSION, version[0],
                EGL15.EGL_CONTEXT_MINOR_VERSION, version[1],
                EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                EGL10.EGL_NONE
            };
            long context = createContext(display, config, attribs);
            if (context == EGL10.EGL_NO_CONTEXT) {
                continue;
            }
            if (!EGL10.eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, context)) {
                failures.add(source + ": eglMakeCurrent without a surface failed (" + error() + ")");
                EGL10.eglDestroyContext(display, context);
                break;
            }
            GL.createCapabilities();
            return new EglContext(display, context, device, source, fallbackReason);
        }
        failures.add(source + ": no OpenGL 3.3+ core context (" + error() + ")");
        EGL10.eglTerminate(display);
        return null;
    }

    /** eglCreateContext through its raw pointer, which accepts EGL_NO_CONFIG_KHR (0). */
    private static long createContext(long display, long config, int[] attribs) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            return JNI.callPPPPP(display, config, EGL10.EGL_NO_CONTEXT,
                    org.lwjgl.system.MemoryUtil.memAddress(stack.ints(attribs)), EGL.getCapabilities().eglCreateContext);
        }
    }

    private static long chooseConfig(long display) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer configs = stack.mallocPointer(1);
            int[] count = new int[1];
            int[] attribs = {EGL12.EGL_RENDERABLE_TYPE, EGL14.EGL_OPENGL_BIT, EGL10.EGL_NONE};
            if (EGL10.eglChooseConfig(display, attribs, configs, count) && count[0] > 0) {
                return configs.get(0);
            }
            return 0;
        }
    }

    private static String error() {
        return String.format("EGL error 0x%04X", EGL10.eglGetError());
    }

    /** Where the context came from, e.g. "EGL device 0: NVIDIA GPU (/dev/dri/card1)". */
    public String source() {
        return source;
    }

    /** The EGL device index the context runs on, or null on a platform without devices (surfaceless). */
    public Integer device() {
        return device;
    }

    /** True when the GL implementation rasterises on the CPU. */
    public boolean software() {
        return software;
    }

    /** Why a GPU was not used, or null when the first choice worked. */
    public String fallbackReason() {
        return fallbackReason;
    }

    public String glVendor() {
        return glVendor;
    }

    public String glRenderer() {
        return glRenderer;
    }

    public String glVersion() {
        return glVersion;
    }

    public String describe() {
        return glRenderer + " via " + source + ", OpenGL " + glVersion;
    }

    @Override
    public void close() {
        EGL10.eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_CONTEXT);
        EGL10.eglDestroyContext(display, context);
        EGL10.eglTerminate(display);
        GL.setCapabilities(null);
    }
}
