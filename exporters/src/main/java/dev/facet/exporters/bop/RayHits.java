package dev.facet.exporters.bop;

import dev.facet.engine.scene.Shape;

/**
 * Where a ray o + t d enters a primitive, in the primitive's own frame: the smallest t at which
 * it crosses the surface from outside to inside, the point a renderer with back faces culled
 * would draw. NaN when the ray misses or starts inside (it leaves through back faces only).
 * The plane is one-sided: only its +y face is drawn.
 */
final class RayHits {
    private RayHits() {
    }

    /** Entry t of the ray into {@code shape}, NaN when there is none. */
    static double entry(Shape shape, double[] o, double[] d) {
        if (shape instanceof Shape.Box b) {
            return box(o, d, b.sx() / 2, b.sy() / 2, b.sz() / 2);
        } else if (shape instanceof Shape.Sphere s) {
            return sphere(o, d, s.radius());
        } else if (shape instanceof Shape.Cylinder c) {
            return cylinder(o, d, c.radius(), c.height() / 2);
        } else if (shape instanceof Shape.Plane p) {
            return plane(o, d, p.sx() / 2, p.sz() / 2);
        }
        throw new IllegalArgumentException("no analytic surface for " + shape.type());
    }

    private static double box(double[] o, double[] d, double hx, double hy, double hz) {
        double[] h = {hx, hy, hz};
        double enter = Double.NEGATIVE_INFINITY;
        double leave = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            double[] slab = slab(o[i], d[i], h[i]);
            if (slab == null) {
                return Double.NaN;
            }
            enter = Math.max(enter, slab[0]);
            leave = Math.min(leave, slab[1]);
        }
        return enter <= leave && enter > 0 ? enter : Double.NaN;
    }

    /** The t interval where |o + t d| <= h, null when empty. */
    private static double[] slab(double o, double d, double h) {
        if (d == 0) {
            return Math.abs(o) <= h ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : null;
        }
        double t1 = (-h - o) / d;
        double t2 = (h - o) / d;
        return new double[] {Math.min(t1, t2), Math.max(t1, t2)};
    }

    private static double sphere(double[] o, double[] d, double r) {
        double a = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
        double b = o[0] * d[0] + o[1] * d[1] + o[2] * d[2];
        double c = o[0] * o[0] + o[1] * o[1] + o[2] * o[2] - r * r;
        double disc = b * b - a * c;
        if (disc < 0 || c <= 0) {
            return Double.NaN;  // missed, or the origin is inside
        }
        double t = (-b - Math.sqrt(disc)) / a;
        return t > 0 ? t : Double.NaN;
    }

    /** A cylinder along y: the side's interval intersected with the caps' slab. */
    private static double cylinder(double[] o, double[] d, double r, double hh) {
        double[] y = slab(o[1], d[1], hh);
        if (y == null) {
            return Double.NaN;
        }
        double a = d[0] * d[0] + d[2] * d[2];
        double b = o[0] * d[0] + o[2] * d[2];
        double c = o[0] * o[0] + o[2] * o[2] - r * r;
        double enter;
        double leave;
        if (a == 0) {
            if (c > 0) {
                return Double.NaN;
            }
            enter = Double.NEGATIVE_INFINITY;
            leave = Double.POSITIVE_INFINITY;
        } else {
            double disc = b * b - a * c;
            if (disc < 0) {
                return Double.NaN;
            }
            double root = Math.sqrt(disc);
            enter = (-b - root) / a;
            leave = (-b + root) / a;
        }
        enter = Math.max(enter, y[0]);
        leave = Math.min(leave, y[1]);
        return enter <= leave && enter > 0 ? enter : Double.NaN;
    }

    private static double plane(double[] o, double[] d, double hx, double hz) {
        if (!(o[1] > 0 && d[1] < 0)) {
            return Double.NaN;  // below the plane (its back face) or heading away from it
        }
        double t = -o[1] / d[1];
        return Math.abs(o[0] + t * d[0]) <= hx && Math.abs(o[2] + t * d[2]) <= hz ? t : Double.NaN;
    }
}
