package dev.facet.scenarios.check;

import dev.facet.engine.scene.Rendering;
import dev.facet.scenarios.spec.EffectsSpec;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.RenderSpec;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

/** Checks of the colour-only settings: {@code render} and {@code camera.effects}. */
final class RenderChecks {
    static final List<String> TONE_MAPPINGS = List.of("none", "aces");
    static final double MAX_EXPOSURE = 10;
    static final double MAX_ABERRATION_PX = 20;

    private final FieldChecks values;

    RenderChecks(FieldChecks values) {
        this.values = values;
    }

    /**
     * Checks {@code r}; {@code lights}: how many point and spot lights the scenario has;
     * {@code sequence}: whether its frames come in sequences.
     */
    void render(RenderSpec r, FieldPath at, int lights, boolean sequence) {
        if (r == null) {
            return;
        }
        int aa = r.antialias();
        if (aa != 1 && aa != 2 && aa != 4) {
            throw values.err(at.field("antialias"), "expected 1, 2 or 4 samples per pixel, got " + aa);
        }
        if (!TONE_MAPPINGS.contains(r.toneMapping())) {
            throw values.err(at.field("tone_mapping"), "unknown tone mapping '" + r.toneMapping() + "'; expected one of "
                    + String.join(", ", TONE_MAPPINGS));
        }
        if (!(Math.abs(r.exposure()) <= MAX_EXPOSURE)) {
            throw values.err(at.field("exposure"), "expected a number in [-10, 10] (stops), got "
                    + FieldChecks.fmt(r.exposure()));
        }
        int shadowed = r.lightShadows();
        if (shadowed < 0 || shadowed > Rendering.MAX_SHADOWED_LIGHTS) {
            throw values.err(at.field("light_shadows"), "expected an integer in [0, " + Rendering.MAX_SHADOWED_LIGHTS
                    + "] (shadowed point and spot lights), got " + shadowed);
        }
        if (shadowed > lights) {
            throw values.err(at.field("light_shadows"), shadowed + " shadowed lights, but lighting.lights has "
                    + lights);
        }
        if (r.ambientOcclusion() != null) {
            FieldPath ao = at.field("ambient_occlusion");
            within(ao.field("radius"), r.ambientOcclusion().radius(), 10, "metres");
            within(ao.field("intensity"), r.ambientOcclusion().intensity(), 1, "");
        }
        if (r.motionBlur() != null) {
            FieldPath blur = at.field("motion_blur");
            if (!sequence) {
                throw values.err(blur, "motion blur needs a sequence (sequence: {frames, fps}): it blurs towards the "
                        + "next step");
            }
            within(blur.field("shutter"), r.motionBlur().shutter(), 1, "of the frame interval");
            int n = r.motionBlur().samples();
            if (n < 2 || n > Rendering.MotionBlur.MAX_SAMPLES) {
                throw values.err(blur.field("samples"), "expected an integer in [2, " + Rendering.MotionBlur.MAX_SAMPLES
                        + "] (renders per frame), got " + n);
            }
        }
    }

    /** A number in (0, max]. */
    private void within(FieldPath at, double v, double max, String unit) {
        if (!(v > 0 && v <= max)) {
            throw values.err(at, "expected a number in (0, " + FieldChecks.fmt(max) + "]" + (unit.isEmpty() ? ""
                    : " (" + unit + ")") + ", got " + FieldChecks.fmt(v));
        }
    }

    void effects(EffectsSpec e, FieldPath at) {
        if (e == null) {
            return;
        }
        values.range(at.field("noise").field("gaussian_std"), e.noise().gaussianStd(), 0, false, 1, false);
        values.atLeastZero(at.field("noise").field("poisson_scale"), e.noise().poissonScale());
        values.range(at.field("vignetting"), e.vignetting(), 0, false, 1, false);
        values.range(at.field("chromatic_aberration"), e.chromaticAberration(), 0, false, MAX_ABERRATION_PX, false);
        NumberSampler q = e.jpegQuality();
        values.range(at.field("jpeg_quality"), q, 0, false, 100, false);
        values.count(at.field("jpeg_quality"), q);
    }
}
