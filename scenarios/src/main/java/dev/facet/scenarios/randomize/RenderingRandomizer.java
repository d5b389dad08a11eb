package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.CameraEffects;
import dev.facet.engine.scene.Rendering;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.EffectsSpec;
import dev.facet.scenarios.spec.RenderSpec;

/**
 * The frame's colour settings: the fixed {@code render} block and the camera effects,
 * each effect number drawn from a stream named by its field path (e.g.
 * {@code camera.effects.noise.gaussian_std}). Only in the chain when the scenario has either block.
 */
public record RenderingRandomizer(RenderSpec render, EffectsSpec effects) implements Randomizer {
    public String identity() {
        return "camera.effects";
    }

    public void apply(FrameDraft f) {
        CameraEffects e = effects == null ? CameraEffects.NONE : new CameraEffects(
                draw(f, "noise.gaussian_std", effects.noise().gaussianStd()),
                draw(f, "noise.poisson_scale", effects.noise().poissonScale()),
                draw(f, "vignetting", effects.vignetting()),
                draw(f, "chromatic_aberration", effects.chromaticAberration()),
                (int) Math.round(draw(f, "jpeg_quality", effects.jpegQuality())));
        Rendering base = render == null ? Rendering.DEFAULT : new Rendering(render.antialias(),
                "aces".equals(render.toneMapping()) ? Rendering.ToneMapping.ACES : Rendering.ToneMapping.NONE,
                render.exposure(), render.softShadows(), render.lightShadows(), ambientOcclusion(render),
                motionBlur(render), null);
        f.scene().rendering(base.withEffects(e));
    }

    private static Rendering.AmbientOcclusion ambientOcclusion(RenderSpec r) {
        var ao = r.ambientOcclusion();
        return ao == null ? null : new Rendering.AmbientOcclusion(ao.radius(), ao.intensity());
    }

    private static Rendering.MotionBlur motionBlur(RenderSpec r) {
        var blur = r.motionBlur();
        return blur == null ? null : new Rendering.MotionBlur(blur.shutter(), blur.samples());
    }

    /** One effect number, from the stream of its own field path; checks keep it in range, the clamp rounds off. */
    private static double draw(FrameDraft f, String field, NumberSampler n) {
        return Math.max(0, n.sample(f.rng("camera.effects." + field), f.parameterValues()));
    }
}
