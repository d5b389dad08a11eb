package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.DepthNoise;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.DepthNoiseSpec;
import dev.facet.scenarios.spec.DistortionSpec;

/**
 * The camera's lens distortion and depth sensor model, each number drawn from a stream named
 * by its field path (e.g. {@code camera.distortion.k1}), so that adding them changes no other
 * draw. Only in the chain when the scenario has either block; runs after the camera.
 */
public record SensorRandomizer(DistortionSpec distortion, DepthNoiseSpec depthNoise) implements Randomizer {
    public String identity() {
        return "camera.sensor";
    }

    public void apply(FrameDraft f) {
        var camera = f.scene().camera();
        if (distortion != null) {
            String at = "camera.distortion.";
            LensDistortion lens = "fisheye".equals(distortion.model())
                    ? LensDistortion.fisheye(draw(f, at + "k1", distortion.k1()), draw(f, at + "k2", distortion.k2()),
                            draw(f, at + "k3", distortion.k3()), draw(f, at + "k4", distortion.k4()))
                    : LensDistortion.opencv(draw(f, at + "k1", distortion.k1()), draw(f, at + "k2", distortion.k2()),
                            draw(f, at + "p1", distortion.p1()), draw(f, at + "p2", distortion.p2()),
                            draw(f, at + "k3", distortion.k3()));
            camera = camera.withDistortion(lens);
        }
        if (depthNoise != null) {
            camera = camera.withDepthNoise(noise(f, depthNoise));
        }
        f.scene().camera(camera);
    }

    private static DepthNoise noise(FrameDraft f, DepthNoiseSpec n) {
        String at = "camera.depth_noise.";
        DepthNoise.Quantization q = switch (n.quantization()) {
            case "disparity" -> DepthNoise.Quantization.DISPARITY;
            case "step" -> DepthNoise.Quantization.STEP;
            default -> DepthNoise.Quantization.NONE;
        };
        return new DepthNoise(Math.max(0, draw(f, at + "std_base", n.stdBase())), Math.max(0, draw(f, at + "std_z2", n.stdZ2())),
                q, drawOr(f, at + "baseline", n.baseline()), drawOr(f, at + "disparity_step", n.disparityStep()),
                drawOr(f, at + "depth_step", n.depthStep()),
                Math.min(1, Math.max(0, draw(f, at + "edge_dropout", n.edgeDropout()))),
                draw(f, at + "edge_threshold", n.edgeThreshold()));
    }

    /** One number from the stream of its own field path; the checks keep it in range. */
    private static double draw(FrameDraft f, String field, NumberSampler n) {
        return n.sample(f.rng(field), f.parameterValues());
    }

    /** A number of the other quantisations: absent is 0 (unused). */
    private static double drawOr(FrameDraft f, String field, NumberSampler n) {
        return n == null ? 0 : draw(f, field, n);
    }
}
