package dev.facet.renderer.pass;

import com.jme3.material.MatParamOverride;
import com.jme3.scene.Spatial;
import com.jme3.shader.VarType;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Rgb;

/**
 * The scene-wide switches of the surface and backdrop shaders that change colour only:
 * exposure, ACES tone mapping and soft (filtered) sun shadows. Each is a parameter override
 * on the graphs it shades, enabled only when the scene asks, so with the default settings
 * the shaders compile exactly as before and the colour bytes stay the same.
 */
public final class Grading {
    private final MatParamOverride exposure = new MatParamOverride(VarType.Float, "Exposure", 1f);
    private final MatParamOverride aces = new MatParamOverride(VarType.Boolean, "ToneAces", true);
    private final MatParamOverride soft = new MatParamOverride(VarType.Boolean, "SoftShadows", true);

    /** Grades the surfaces under {@code root} and the backdrop under {@code backdrop}. */
    public Grading(Spatial root, Spatial backdrop) {
        for (Spatial s : new Spatial[] {root, backdrop}) {
            s.addMatParamOverride(exposure);
            s.addMatParamOverride(aces);
        }
        root.addMatParamOverride(soft);
        apply(Rendering.DEFAULT);
    }

    /** Switches the overrides to {@code r}'s settings. */
    public void apply(Rendering r) {
        exposure.setEnabled(r.exposure() != 0);
        exposure.setValue(factor(r.exposure()));
        aces.setEnabled(r.toneMapping() == Rendering.ToneMapping.ACES);
        soft.setEnabled(r.softShadows());
    }

    /** The radiance factor of an exposure in stops. */
    public static float factor(double ev) {
        return (float) Math.pow(2, ev);
    }

    /** The display value (linear, before sRGB encoding) of one channel of radiance under {@code r}. */
    public static double display(double radiance, Rendering r) {
        double c = radiance;
        if (r.exposure() != 0) {
            c *= factor(r.exposure());
        }
        if (r.toneMapping() == Rendering.ToneMapping.ACES) {
            c = Math.max(c, 0);
            c = Math.min(1, Math.max(0, (c * (2.51 * c + 0.03)) / (c * (2.43 * c + 0.59) + 0.14)));
        }
        return c;
    }

    /** A colour graded like the shaders grade it (for the clear colour). */
    public static Rgb display(Rgb c, Rendering r) {
        if (r.exposure() == 0 && r.toneMapping() == Rendering.ToneMapping.NONE) {
            return c;
        }
        return new Rgb(Math.min(1, display(c.r(), r)), Math.min(1, display(c.g(), r)), Math.min(1, display(c.b(), r)));
    }
}
