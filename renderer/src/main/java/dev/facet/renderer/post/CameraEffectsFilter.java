package dev.facet.renderer.post;

import dev.facet.engine.scene.CameraEffects;
import java.util.SplittableRandom;

/**
 * A camera's flaws applied on the CPU to a read-back 8-bit sRGB image, in the order light
 * meets them: the lens (chromatic aberration, then vignetting), the sensor (shot noise,
 * then read noise) and the encoder (JPEG). Noise is drawn from a stream seeded by the
 * frame's seed, so the result is a function of (seed, frame) and the settings alone.
 * Only colour is touched.
 */
public final class CameraEffectsFilter {
    /** Salt that keeps the noise stream apart from any other use of the frame's seed. */
    private static final long NOISE_SALT = 0x6e6f697365L;

    private CameraEffectsFilter() {
    }

    /** Applies {@code e} in place to {@code rgb} (rows top-down, 3 bytes per pixel) of a frame with {@code seed}. */
    public static void apply(byte[] rgb, int width, int height, CameraEffects e, long seed) {
        if (e.none()) {
            return;
        }
        float[] linear = Srgb.toLinear(rgb);
        if (e.chromaticAberrationPx() > 0) {
            linear = Lens.chromaticAberration(linear, width, height, e.chromaticAberrationPx());
        }
        if (e.vignetting() > 0) {
            Lens.vignetting(linear, width, height, e.vignetting());
        }
        if (e.poissonScale() > 0 || e.gaussianStd() > 0) {
            sensorNoise(linear, e, new SplittableRandom(seed ^ NOISE_SALT));
        }
        Srgb.toBytes(linear, rgb);
        if (e.jpegQuality() > 0) {
            Jpeg.roundTrip(rgb, width, height, e.jpegQuality());
        }
    }

    /**
     * Shot noise (Poisson in the photon count {@code value x poissonScale}, in its Gaussian
     * approximation: variance value / scale) and read noise (Gaussian of fixed std), on linear values.
     */
    static void sensorNoise(float[] linear, CameraEffects e, SplittableRandom rng) {
        double scale = e.poissonScale();
        double read = e.gaussianStd();
        for (int i = 0; i < linear.length; i++) {
            double v = linear[i];
            double var = read * read + (scale > 0 ? Math.max(v, 0) / scale : 0);
            linear[i] = (float) (v + Math.sqrt(var) * rng.nextGaussian());
        }
    }
}
