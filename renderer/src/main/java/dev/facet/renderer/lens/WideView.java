package dev.facet.renderer.lens;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.LensDistortion;
import java.util.stream.IntStream;

/**
 * How a frame of a distorted camera is made: a pinhole {@link #render() camera} with the same
 * pose and a wider view (and, where the lens magnifies, more pixels per ray) that sees every
 * ray of the distorted camera's pixel centres, and the {@link #map() map} from each distorted
 * pixel centre to the point of the wide image its ray passes through.
 *
 * <p>The wide view's extent comes from inverting the model over the distorted image's border
 * (the map is one-to-one, so the border's image bounds the whole); its scale {@code s} is
 * chosen so that one step between distorted pixels never spans less than one wide pixel:
 * s = 1 / (the smallest singular value of the map's Jacobian), at least {@link #MIN_OVERSAMPLING},
 * at most {@link #MAX_OVERSAMPLING}. Nearest-pixel labels are then within half a distorted pixel
 * of the exact ray, so they differ from ray casting only next to silhouettes.
 *
 * @param distorted the camera whose pixels the frame holds
 * @param render the pinhole camera to draw (no distortion)
 * @param map for each distorted pixel (row-major, top-down), the wide image's (u, v) its ray passes through
 * @param oversampling the scale s of the wide view's focal lengths
 */
public record WideView(Camera distorted, Camera render, float[] map, double oversampling) {
    /** The wide view's largest side: a lens that needs more is refused. */
    public static final int MAX_SIDE = 8192;
    /**
     * The smallest oversampling of the wide view. At 1 labels already agree with ray casting away from
     * silhouettes, but a box face seen nearly edge-on is then a pixel or two wide and its depth next to
     * the box's edges is guessed at 4% of those pixels; at 1.5 it is resolved there too (measured by
     * LensDistortionRenderingTest: 1 of 631 edge pixels beyond 1e-4 over three lenses, against 16).
     */
    public static final double MIN_OVERSAMPLING = 1.5;
    /** The largest oversampling of the wide view. */
    public static final double MAX_OVERSAMPLING = 3;
    /** Wide pixels kept around the rays' extent, so that interpolation has neighbours on both sides. */
    static final int MARGIN = 2;
    /** Wide sizes are rounded up to a multiple of this, so that frames of similar lenses share their targets. */
    static final int GRANULE = 32;
    /** How much larger than needed (in area) the targets in use may be and still be kept. */
    static final double KEEP_AREA = 1.5;

    /**
     * The wide view of {@code c} (which must be {@link Camera#distorted() distorted}). It takes the
     * size {@code currentWidth x currentHeight} of the targets in use when that is large enough and
     * at most {@link #KEEP_AREA} times the area needed, so that a run keeps its targets while the lens varies.
     *
     * @throws LensOutOfRange when some pixel's ray cannot be found or the wide view would be too large
     */
    public static WideView of(Camera c, int currentWidth, int currentHeight) {
        int[] current = {currentWidth, currentHeight};
        int w = c.width();
        int h = c.height();
        double[] xy = rays(c);
        LensDistortion lens = c.distortion();
        double s = oversampling(xy, w, h, c.fx(), c.fy());
        double[] box = extent(xy);
        double fx = s * c.fx();
        double fy = s * c.fy();
        int needW = (int) Math.ceil(fx * (box[1] - box[0])) + 1 + 2 * MARGIN;
        int needH = (int) Math.ceil(fy * (box[3] - box[2])) + 1 + 2 * MARGIN;
        int ww = roundUp(needW);
        int wh = roundUp(needH);
        if (current[0] >= ww && current[1] >= wh && (double) current[0] * current[1] <= KEEP_AREA * ww * wh) {
            ww = current[0];  // keep the targets in use: a varying lens does not re-create them each frame
            wh = current[1];
        }
        if (ww > MAX_SIDE || wh > MAX_SIDE) {
            throw new LensOutOfRange("the lens distortion " + lens.model().id() + " " + lens.coefficients()
                    + " needs an undistorted render of " + needW + "x" + needH + " pixels, more than " + MAX_SIDE
                    + " on a side; use smaller coefficients or a smaller image");
        }
        // centre the rays' extent in the (rounded-up) wide image
        double cx = (ww - 1) / 2.0 - fx * (box[0] + box[1]) / 2;
        double cy = (wh - 1) / 2.0 - fy * (box[2] + box[3]) / 2;
        float[] map = new float[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            map[i] = (float) (fx * xy[i] + cx);
            map[i + 1] = (float) (fy * xy[i + 1] + cy);
        }
        Camera render = new Camera(ww, wh, fx, fy, cx, cy, c.worldToCamera(), c.near(), c.far());
        return new WideView(c, render, map, s);
    }

    /** Each pixel centre's undistorted normalised coordinate (x, y), rows in parallel. */
    private static double[] rays(Camera c) {
        int w = c.width();
        LensDistortion lens = c.distortion();
        double[] xy = new double[2 * w * c.height()];
        int failed = IntStream.range(0, c.height()).parallel().map(v -> {
            double[] out = new double[2];
            for (int u = 0; u < w; u++) {
                if (!lens.undistort((u - c.cx()) / c.fx(), (v - c.cy()) / c.fy(), out)) {
                    return v * w + u;
                }
                xy[2 * (v * w + u)] = out[0];
                xy[2 * (v * w + u) + 1] = out[1];
            }
            return Integer.MAX_VALUE;
        }).min().orElse(Integer.MAX_VALUE);
        if (failed != Integer.MAX_VALUE) {
            throw new LensOutOfRange("the lens distortion " + lens.model().id() + " " + lens.coefficients()
                    + " has no ray for pixel (" + failed % w + ", " + failed / w + ") within "
                    + LensDistortion.MAX_RAY_ANGLE_DEG + " degrees of the optical axis, or folds over there; "
                    + "use smaller coefficients");
        }
        return xy;
    }

    /** True when this view serves {@code c}'s pixels: same image size, intrinsics and lens. */
    public boolean serves(Camera c) {
        return c.width() == distorted.width() && c.height() == distorted.height() && c.fx() == distorted.fx()
                && c.fy() == distorted.fy() && c.cx() == distorted.cx() && c.cy() == distorted.cy()
                && c.distortion().equals(distorted.distortion());
    }

    /** The same rays seen from {@code c}'s pose (only the pose and clip planes differ). */
    public WideView posedAs(Camera c) {
        Camera r = new Camera(render.width(), render.height(), render.fx(), render.fy(), render.cx(), render.cy(),
                c.worldToCamera(), c.near(), c.far());
        return new WideView(c, r, map, oversampling);
    }

    /** s = 1 / min singular value of d(wide pixel at s = 1) / d(distorted pixel), in [MIN_OVERSAMPLING, MAX_OVERSAMPLING]. */
    private static double oversampling(double[] xy, int w, int h, double fx, double fy) {
        double least = Double.POSITIVE_INFINITY;
        for (int v = 0; v + 1 < h; v++) {
            for (int u = 0; u + 1 < w; u++) {
                int i = 2 * (v * w + u);
                int right = i + 2;
                int down = i + 2 * w;
                double a = fx * (xy[right] - xy[i]);
                double b = fx * (xy[down] - xy[i]);
                double c = fy * (xy[right + 1] - xy[i + 1]);
                double d = fy * (xy[down + 1] - xy[i + 1]);
                least = Math.min(least, smallestSingularValue(a, b, c, d));
            }
        }
        if (!(least < Double.POSITIVE_INFINITY)) {
            return MIN_OVERSAMPLING;  // a one-pixel-wide image: nothing to compare
        }
        double s = 1 / least;
        return Math.min(MAX_OVERSAMPLING, Math.max(MIN_OVERSAMPLING, Math.ceil(s * 16) / 16));
    }

    static double smallestSingularValue(double a, double b, double c, double d) {
        double p = a * a + b * b + c * c + d * d;
        double det = a * d - b * c;
        double disc = Math.sqrt(Math.max(0, p * p - 4 * det * det));
        return Math.sqrt(Math.max(0, (p - disc) / 2));
    }

    /** [xmin, xmax, ymin, ymax] of the normalised coordinates. */
    private static double[] extent(double[] xy) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xy.length; i += 2) {
            box[0] = Math.min(box[0], xy[i]);
            box[1] = Math.max(box[1], xy[i]);
            box[2] = Math.min(box[2], xy[i + 1]);
            box[3] = Math.max(box[3], xy[i + 1]);
        }
        return box;
    }

    private static int roundUp(int n) {
        return (n + GRANULE - 1) / GRANULE * GRANULE;
    }
}
