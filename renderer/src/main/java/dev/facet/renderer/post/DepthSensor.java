package dev.facet.renderer.post;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.DepthNoise;
import dev.facet.engine.random.Streams;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The {@code depth_noisy} modality: the clean depth as a depth sensor reads it
 * ({@link DepthNoise}). Per pixel with a surface, in the order a sensor makes them:
 * <ol>
 *   <li>noise: z + sigma(z) N(0, 1), sigma(z) = std_base + std_z2 z²;</li>
 *   <li>quantisation: disparity d = fx b / z rounded to a multiple of the disparity step (so depth
 *       steps grow with z², as on stereo and structured-light sensors), or z rounded to a fixed step;</li>
 *   <li>dropout: a pixel at a depth edge (a 4-neighbour without surface, or whose clean depth differs by
 *       more than edge_threshold z) reads 0 with probability edge_dropout.</li>
 * </ol>
 * Pixels without surface read 0. The random numbers come from one stream per row, keyed by the
 * frame's seed and the row alone, so a frame rendered alone reads the same as in a whole run and
 * rows are read in parallel.
 */
public final class DepthSensor {
    /** Salt that keeps this stream apart from any other use of the frame's seed. */
    private static final long SALT = 0x6465707468L;

    private DepthSensor() {
    }

    /** Writes into {@code noisy} the reading of {@code depth} (rows top-down) by camera {@code c}'s sensor, for a frame of {@code seed}. */
    public static void read(float[] depth, float[] noisy, int width, int height, Camera c, long seed) {
        DepthNoise n = c.depthNoise();
        double focalBaseline = c.fx() * n.baseline();
        IntStream.range(0, height).parallel().forEach(v -> {
            // one stream per row, named by the frame's seed and the row: rows may run in any order
            SplittableRandom rng = Streams.stream(seed ^ SALT, "depth_noisy.row" + v);
            for (int u = 0; u < width; u++) {
                int i = v * width + u;
                double z = depth[i];
                double gaussian = rng.nextGaussian();  // drawn for every pixel: one pixel's draw never shifts another's
                double drop = rng.nextDouble();
                if (!(z > 0) || drop < n.edgeDropout() && atEdge(depth, width, height, u, v, n.edgeThreshold())) {
                    noisy[i] = 0;
                    continue;
                }
                double reading = quantise(z + (n.stdBase() + n.stdZ2() * z * z) * gaussian, n, focalBaseline);
                noisy[i] = reading > 0 ? (float) reading : 0;
            }
        });
    }

    static double quantise(double z, DepthNoise n, double focalBaseline) {
        return switch (n.quantization()) {
            case NONE -> z;
            case STEP -> Math.round(z / n.depthStep()) * n.depthStep();
            case DISPARITY -> {
                if (!(z > 0)) {
                    yield 0;
                }
                double steps = Math.round(focalBaseline / z / n.disparityStep());
                yield steps > 0 ? focalBaseline / (steps * n.disparityStep()) : 0;  // no disparity: out of range
            }
        };
    }

    static boolean atEdge(float[] depth, int width, int height, int u, int v, double threshold) {
        int i = v * width + u;
        double limit = threshold * depth[i];
        return u > 0 && jump(depth[i], depth[i - 1], limit) || u + 1 < width && jump(depth[i], depth[i + 1], limit)
                || v > 0 && jump(depth[i], depth[i - width], limit)
                || v + 1 < height && jump(depth[i], depth[i + width], limit);
    }

    private static boolean jump(float z, float neighbour, double limit) {
        return !(neighbour > 0) || Math.abs(z - neighbour) > limit;
    }
}
