package dev.facet.engine.scene;

/**
 * A real camera's flaws, drawn per frame and applied to the colour image only (never to
 * ids or depth): sensor noise, darkened corners, colour fringes and lossy compression.
 *
 * @param gaussianStd read noise: standard deviation as a fraction of full scale (0 = none)
 * @param poissonScale shot noise: photons collected at full white (0 = none; fewer = noisier)
 * @param vignetting how much the corners darken, in [0, 1] (0 = none)
 * @param chromaticAberrationPx how far red and blue separate at the image corners, in pixels (0 = none)
 * @param jpegQuality JPEG quality 1..100 the image passes through, 0 = no compression
 */
public record CameraEffects(double gaussianStd, double poissonScale, double vignetting,
                            double chromaticAberrationPx, int jpegQuality) {
    public static final CameraEffects NONE = new CameraEffects(0, 0, 0, 0, 0);

    public CameraEffects {
        if (!(gaussianStd >= 0 && poissonScale >= 0 && vignetting >= 0 && vignetting <= 1
                && chromaticAberrationPx >= 0 && jpegQuality >= 0 && jpegQuality <= 100)) {
            throw new IllegalArgumentException("camera effects out of range: " + gaussianStd + ", " + poissonScale
                    + ", " + vignetting + ", " + chromaticAberrationPx + ", " + jpegQuality);
        }
    }

    /** True when the image passes through unchanged. */
    public boolean none() {
        return equals(NONE);
    }
}
