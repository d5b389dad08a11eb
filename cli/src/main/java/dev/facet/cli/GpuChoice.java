package dev.facet.cli;

import dev.facet.renderer.egl.DeviceMapping;
import dev.facet.renderer.egl.EglDevices;
import java.io.PrintStream;
import java.util.Map;

/**
 * The GPU a command renders on: {@code --gpu N}, else the environment variable FACET_GPU,
 * else the first visible CUDA device. N counts CUDA devices as {@code CUDA_VISIBLE_DEVICES}
 * presents them (what schedulers set), and {@link DeviceMapping} finds the EGL device.
 */
final class GpuChoice {
    static final String VARIABLE = "FACET_GPU";

    private GpuChoice() {
    }

    /**
     * The EGL device to open for {@code flag} (the value of {@code --gpu}, or null), or null
     * for the best one; prints the one warning line when the choice falls back to EGL order.
     */
    static Integer resolve(Integer flag, PrintStream err) {
        DeviceMapping.Choice choice = choose(flag, EglDevices.query(), System.getenv());
        if (choice.warning() != null) {
            err.println("facet: WARNING: " + choice.warning());
        }
        return choice.eglIndex();
    }

    /** The choice for {@code flag} among {@code found}, with the environment {@code env}. */
    static DeviceMapping.Choice choose(Integer flag, EglDevices found, Map<String, String> env) {
        Integer requested = flag != null ? flag : fromEnvironment(env);
        String requestedAs = flag != null ? "--gpu " + flag : VARIABLE + "=" + requested;
        return DeviceMapping.choose(found.devices(), env.get(DeviceMapping.CUDA_VISIBLE_DEVICES), requested,
                requestedAs);
    }

    /** The device number FACET_GPU names, or null when it is unset. */
    static Integer fromEnvironment(Map<String, String> env) {
        String v = env.get(VARIABLE);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(VARIABLE + " must be a CUDA device number as CUDA_VISIBLE_DEVICES presents them "
                    + "(0, 1, ...), got '" + v + "'");
        }
    }
}
