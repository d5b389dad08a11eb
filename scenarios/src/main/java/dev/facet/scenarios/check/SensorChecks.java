package dev.facet.scenarios.check;

import dev.facet.engine.scene.LensDistortion;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.DepthNoiseSpec;
import dev.facet.scenarios.spec.DistortionSpec;
import dev.facet.scenarios.spec.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of {@code camera.distortion} and {@code camera.depth_noise}: each model's own
 * coefficients only, and a lens the renderer can draw through for every coefficient the
 * samplers can give (checked at each corner of their ranges): every pixel of the image has a
 * ray within {@value LensDistortion#MAX_RAY_ANGLE_DEG} degrees of the axis, and the undistorted
 * view fits the renderer.
 */
final class SensorChecks {
    static final List<String> MODELS = List.of("opencv", "fisheye");
    static final List<String> QUANTIZATIONS = List.of("none", "disparity", "step");
    /** The largest side of the undistorted render at one wide pixel per distorted pixel (the renderer's limit). */
    static final int MAX_UNDISTORTED_SIDE = 8192;
    private static final int BORDER_POINTS = 64;

    private final FieldChecks values;

    SensorChecks(FieldChecks values) {
        this.values = values;
    }

    void distortion(CameraSpec c, FieldPath at) {
        DistortionSpec d = c.distortion();
        if (d == null) {
            return;
        }
        if (!MODELS.contains(d.model())) {
            throw values.err(at.field("model"), "unknown distortion model '" + d.model() + "'; expected one of "
                    + String.join(", ", MODELS));
        }
        boolean opencv = d.model().equals("opencv");
        if (opencv && d.k4() != null) {
            throw values.err(at.field("k4"), "k4 is a fisheye coefficient; opencv has k1, k2, p1, p2, k3");
        }
        if (!opencv && (d.p1() != null || d.p2() != null)) {
            throw values.err(at.field(d.p1() != null ? "p1" : "p2"), "fisheye has no tangential coefficients; it has "
                    + "k1, k2, k3, k4");
        }
        List<String> names = opencv ? List.of("k1", "k2", "p1", "p2", "k3") : List.of("k1", "k2", "k3", "k4");
        List<double[]> ranges = new ArrayList<>();
        for (String name : names) {
            NumberSampler n = coefficient(d, name);
            values.finite(at.field(name), n);
            ranges.add(values.bounds(n));
        }
        drawable(c, at, opencv, ranges);
    }

    private static NumberSampler coefficient(DistortionSpec d, String name) {
        return switch (name) {
            case "k1" -> d.k1();
            case "k2" -> d.k2();
            case "k3" -> d.k3();
            case "k4" -> d.k4();
            case "p1" -> d.p1();
            default -> d.p2();
        };
    }

    /** At each corner of the coefficients' ranges, the border of the widest image has rays, and the undistorted view fits. */
    private void drawable(CameraSpec c, FieldPath at, boolean opencv, List<double[]> ranges) {
        double[] half = halfExtent(c);
        for (int corner = 0; corner < 1 << ranges.size(); corner++) {
            double[] k = new double[ranges.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = ranges.get(i)[(corner >> i) & 1];
            }
            LensDistortion lens = opencv ? LensDistortion.opencv(k[0], k[1], k[2], k[3], k[4])
                    : LensDistortion.fisheye(k[0], k[1], k[2], k[3]);
            double[] reach = borderReach(lens, half);
            if (reach == null) {
                throw values.err(at, "the lens " + lens.model().id() + " " + lens.coefficients() + " has no ray within "
                        + LensDistortion.MAX_RAY_ANGLE_DEG + " degrees of the axis for some pixel at the image border, or "
                        + "folds over there; use smaller coefficients or a narrower field of view");
            }
            if (reach[0] * half[2] > MAX_UNDISTORTED_SIDE || reach[1] * half[3] > MAX_UNDISTORTED_SIDE) {
                throw values.err(at, "the lens " + lens.model().id() + " " + lens.coefficients() + " needs an undistorted "
                        + "render wider than " + MAX_UNDISTORTED_SIDE + " pixels; use smaller coefficients");
            }
        }
    }

    /**
     * Half the widest image's extent in normalised coordinates (x, y) and its focal lengths in pixels
     * (fx, fy) at the resolution given: from the intrinsics, or from the widest field of view.
     */
    private double[] halfExtent(CameraSpec c) {
        int w = c.resolution().get(0);
        int h = c.resolution().get(1);
        if (c.intrinsics() != null) {
            var k = c.intrinsics();
            double hx = Math.max(k.cx() + 0.5, w - 0.5 - k.cx()) / k.fx();
            double hy = Math.max(k.cy() + 0.5, h - 0.5 - k.cy()) / k.fy();
            return new double[] {hx, hy, k.fx(), k.fy()};
        }
        double fov = values.bounds(c.fov())[1];
        double f = (h / 2.0) / Math.tan(Math.toRadians(fov) / 2);
        return new double[] {(w / 2.0) / f, (h / 2.0) / f, f, f};
    }

    /** The undistorted extent (width, height) of the border's rays, or null when some border point has none. */
    private static double[] borderReach(LensDistortion lens, double[] half) {
        double[] out = new double[2];
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i <= BORDER_POINTS; i++) {
            double t = -1 + 2.0 * i / BORDER_POINTS;
            double[][] points = {{t * half[0], -half[1]}, {t * half[0], half[1]}, {-half[0], t * half[1]}, {half[0], t * half[1]}};
            for (double[] p : points) {
                if (!lens.undistort(p[0], p[1], out)) {
                    return null;
                }
                box[0] = Math.min(box[0], out[0]);
                box[1] = Math.max(box[1], out[0]);
                box[2] = Math.min(box[2], out[1]);
                box[3] = Math.max(box[3], out[1]);
            }
        }
        return new double[] {box[1] - box[0], box[3] - box[2]};
    }

    void depthNoise(DepthNoiseSpec n, FieldPath at) {
        if (n == null) {
            return;
        }
        values.atLeastZero(at.field("std_base"), n.stdBase());
        values.atLeastZero(at.field("std_z2"), n.stdZ2());
        if (!QUANTIZATIONS.contains(n.quantization())) {
            throw values.err(at.field("quantization"), "unknown quantization '" + n.quantization() + "'; expected one of "
                    + String.join(", ", QUANTIZATIONS));
        }
        boolean disparity = n.quantization().equals("disparity");
        boolean step = n.quantization().equals("step");
        only(at.field("baseline"), n.baseline(), disparity, "disparity");
        only(at.field("disparity_step"), n.disparityStep(), disparity, "disparity");
        only(at.field("depth_step"), n.depthStep(), step, "step");
        values.range(at.field("edge_dropout"), n.edgeDropout(), 0, false, 1, false);
        values.aboveZero(at.field("edge_threshold"), n.edgeThreshold());
    }

    /** A field of one quantisation: > 0 under it, absent under the others. */
    private void only(FieldPath p, NumberSampler n, boolean applies, String quantization) {
        if (applies) {
            values.aboveZero(p, n);
        } else if (n != null) {
            throw values.err(p, "applies to quantization " + quantization + " only");
        }
    }
}
