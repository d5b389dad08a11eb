package dev.facet.engine.scene;

/**
 * A depth sensor's errors, drawn per frame, that turn the clean depth into the
 * {@code depth_noisy} modality (the clean depth stays as it is): per pixel, in this order,
 * Gaussian noise whose standard deviation grows with z², quantisation (of disparity, as a
 * stereo or structured-light sensor such as a RealSense or Kinect measures it, or of depth in
 * fixed steps, as a time-of-flight sensor reports it), and dropout of pixels at depth edges.
 *
 * @param stdBase standard deviation of the noise at any depth, metres (&ge; 0)
 * @param stdZ2 how the standard deviation grows with depth: sigma(z) = stdBase + stdZ2 z², per metre (&ge; 0)
 * @param quantization how readings are quantised
 * @param baseline stereo baseline in metres, for {@link Quantization#DISPARITY} (the focal length is the camera's fx)
 * @param disparityStep the smallest disparity step in pixels (e.g. 1/8 of a pixel), for {@link Quantization#DISPARITY}
 * @param depthStep the depth step in metres, for {@link Quantization#STEP}
 * @param edgeDropout probability in [0, 1] that a pixel at a depth edge reads 0 (no reading)
 * @param edgeThreshold a pixel is at a depth edge when a 4-neighbour has no surface or differs in depth by more
 *                      than this fraction of the pixel's own depth
 */
public record DepthNoise(double stdBase, double stdZ2, Quantization quantization, double baseline,
                         double disparityStep, double depthStep, double edgeDropout, double edgeThreshold) {

    /** How a reading is rounded. */
    public enum Quantization {
        /** Not rounded. */
        NONE("none"),
        /** Disparity fx * baseline / z rounded to a multiple of the disparity step: steps grow with z². */
        DISPARITY("disparity"),
        /** Depth rounded to a multiple of a fixed step. */
        STEP("step");

        private final String id;

        Quantization(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public DepthNoise {
        if (quantization == null) {
            throw new IllegalArgumentException("a depth noise model needs a quantisation (none, disparity or step)");
        }
        if (!(stdBase >= 0 && stdZ2 >= 0 && edgeDropout >= 0 && edgeDropout <= 1 && edgeThreshold > 0
                && Double.isFinite(stdBase + stdZ2 + edgeThreshold))) {
            throw new IllegalArgumentException("depth noise out of range: std " + stdBase + " + " + stdZ2
                    + " z^2, edge dropout " + edgeDropout + ", edge threshold " + edgeThreshold);
        }
        if (quantization == Quantization.DISPARITY && !(baseline > 0 && disparityStep > 0
                && Double.isFinite(baseline * disparityStep))) {
            throw new IllegalArgumentException("disparity quantisation needs a positive baseline and disparity step");
        }
        if (quantization == Quantization.STEP && !(depthStep > 0 && Double.isFinite(depthStep))) {
            throw new IllegalArgumentException("step quantisation needs a positive depth step");
        }
    }
}
