package dev.facet.engine.scene;

import java.util.List;

/**
 * A lens's distortion in OpenCV's two models, on normalised image coordinates (x/z, y/z of a
 * ray in the OpenCV camera frame): {@link Model#OPENCV radial-tangential} (k1, k2, p1, p2, k3;
 * {@code cv::projectPoints}) and {@link Model#FISHEYE Kannala-Brandt} (k1..k4; {@code cv::fisheye}).
 * {@link #distort} is the closed-form forward model; {@link #undistort} inverts it by Newton's method.
 *
 * @param model which model
 * @param k1 radial coefficient (both models)
 * @param k2 radial coefficient (both models)
 * @param k3 radial coefficient (both models)
 * @param k4 radial coefficient (fisheye only; 0 for opencv)
 * @param p1 tangential coefficient (opencv only; 0 for fisheye)
 * @param p2 tangential coefficient (opencv only; 0 for fisheye)
 */
public record LensDistortion(Model model, double k1, double k2, double k3, double k4, double p1, double p2) {
    /** The largest angle from the optical axis a distorted pixel's ray may have: the undistorted render is a pinhole image. */
    public static final double MAX_RAY_ANGLE_DEG = 75;
    private static final int ITERATIONS = 50;
    private static final double TOLERANCE = 1e-12;

    /** The two models, by the names scenario files and meta use. */
    public enum Model {
        OPENCV("opencv"), FISHEYE("fisheye");

        private final String id;

        Model(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public LensDistortion {
        if (model == null) {
            throw new IllegalArgumentException("a lens distortion needs a model");
        }
        for (double v : new double[] {k1, k2, k3, k4, p1, p2}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("distortion coefficients must be finite");
            }
        }
        if (model == Model.OPENCV && k4 != 0 || model == Model.FISHEYE && (p1 != 0 || p2 != 0)) {
            throw new IllegalArgumentException(model.id() + " has no coefficient " + (model == Model.OPENCV ? "k4" : "p1/p2"));
        }
    }

    /** The radial-tangential model: OpenCV's distCoeffs (k1, k2, p1, p2, k3). */
    public static LensDistortion opencv(double k1, double k2, double p1, double p2, double k3) {
        return new LensDistortion(Model.OPENCV, k1, k2, k3, 0, p1, p2);
    }

    /** The Kannala-Brandt model: OpenCV fisheye's D (k1, k2, k3, k4). */
    public static LensDistortion fisheye(double k1, double k2, double k3, double k4) {
        return new LensDistortion(Model.FISHEYE, k1, k2, k3, k4, 0, 0);
    }

    /** The coefficients in OpenCV's order: (k1, k2, p1, p2, k3) for opencv, (k1, k2, k3, k4) for fisheye. */
    public List<Double> coefficients() {
        return model == Model.OPENCV ? List.of(k1, k2, p1, p2, k3) : List.of(k1, k2, k3, k4);
    }

    /** True when every coefficient is 0 (the pinhole camera). */
    public boolean identity() {
        return k1 == 0 && k2 == 0 && k3 == 0 && k4 == 0 && p1 == 0 && p2 == 0;
    }

    /** The distorted normalised coordinate of the ray through undistorted (x, y); {@code out} gets (xd, yd). */
    public double[] distort(double x, double y, double[] out) {
        if (model == Model.OPENCV) {
            double r2 = x * x + y * y;
            double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
            out[0] = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
            out[1] = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
        } else {
            double r = Math.hypot(x, y);
            double scale = r < 1e-12 ? 1 : thetaD(Math.atan(r)) / r;
            out[0] = x * scale;
            out[1] = y * scale;
        }
        return out;
    }

    /**
     * The undistorted normalised coordinate (x, y) whose distortion is (xd, yd), into {@code out};
     * returns false when there is none within {@link #MAX_RAY_ANGLE_DEG} of the axis (Newton's
     * method did not converge, or the model folds over: its Jacobian is not positive there).
     */
    public boolean undistort(double xd, double yd, double[] out) {
        return model == Model.OPENCV ? undistortRadialTangential(xd, yd, out) : undistortFisheye(xd, yd, out);
    }

    private double thetaD(double t) {
        double t2 = t * t;
        return t * (1 + t2 * (k1 + t2 * (k2 + t2 * (k3 + t2 * k4))));
    }

    private boolean undistortFisheye(double xd, double yd, double[] out) {
        double td = Math.hypot(xd, yd);
        if (td < 1e-15) {
            out[0] = xd;
            out[1] = yd;
            return true;
        }
        double max = Math.toRadians(MAX_RAY_ANGLE_DEG);
        double t = Math.min(td, max);
        for (int i = 0; i < ITERATIONS; i++) {
            double t2 = t * t;
            double slope = 1 + t2 * (3 * k1 + t2 * (5 * k2 + t2 * (7 * k3 + t2 * 9 * k4)));
            if (!(slope > 0)) {
                return false;
            }
            double step = (thetaD(t) - td) / slope;
            t -= step;
            if (Math.abs(step) < TOLERANCE) {
                break;
            }
        }
        if (!(t > 0 && t <= max) || Math.abs(thetaD(t) - td) > 1e-9) {
            return false;
        }
        double r = Math.tan(t);
        out[0] = xd * r / td;
        out[1] = yd * r / td;
        return true;
    }

    private boolean undistortRadialTangential(double xd, double yd, double[] out) {
        double x = xd;
        double y = yd;
        double[] d = new double[2];
        for (int i = 0; i < ITERATIONS; i++) {
            distort(x, y, d);
            double ex = d[0] - xd;
            double ey = d[1] - yd;
            double r2 = x * x + y * y;
            double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
            double dRadial = 2 * (k1 + r2 * (2 * k2 + r2 * 3 * k3));  // d radial / d(r2), times 2 for d/dx = x * this
            double a = radial + x * x * dRadial + 2 * p1 * y + 6 * p2 * x;
            double b = x * y * dRadial + 2 * p1 * x + 2 * p2 * y;
            double c = x * y * dRadial + 2 * p1 * x + 2 * p2 * y;
            double e = radial + y * y * dRadial + 6 * p1 * y + 2 * p2 * x;
            double det = a * e - b * c;
            if (!(det > 0)) {
                return false;
            }
            double sx = (e * ex - b * ey) / det;
            double sy = (a * ey - c * ex) / det;
            x -= sx;
            y -= sy;
            if (Math.abs(sx) + Math.abs(sy) < TOLERANCE) {
                break;
            }
        }
        distort(x, y, d);
        double limit = Math.tan(Math.toRadians(MAX_RAY_ANGLE_DEG));
        if (Math.abs(d[0] - xd) + Math.abs(d[1] - yd) > 1e-9 || !(Math.hypot(x, y) <= limit)) {
            return false;
        }
        out[0] = x;
        out[1] = y;
        return true;
    }
}
