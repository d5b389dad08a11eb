package dev.facet.scenarios.check;

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

    void render(RenderSpec r, FieldPath at) {
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
