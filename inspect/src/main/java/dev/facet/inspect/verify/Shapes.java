package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ray intersections with the built-in primitives in their own frame, centred on the origin:
 * box (full extents), sphere, cylinder (axis y, capped), plane (extents x, z; normal +y).
 * Each returns the smallest ray parameter {@code t > 0} of a hit, or {@code Double.NaN}.
 */
final class Shapes {
    private Shapes() {
    }

    /** The nearest hit of ray {@code o + t d} with the shape document, NaN for none; meshes by their bounds. */
    static double hit(JsonNode shape, double[] o, double[] d) {
        return switch (shape.path("type").asText("")) {
            case "box" -> box(o, d, half(shape.path("size"), 0), half(shape.path("size"), 1), half(shape.path("size"), 2));
            case "sphere" -> sphere(o, d, shape.path("radius").asDouble());
            case "cylinder" -> cylinder(o, d, shape.path("radius").asDouble(), shape.path("height").asDouble() / 2);
            case "plane" -> plane(o, d, half(shape.path("size"), 0), half(shape.path("size"), 1));
            case "mesh" -> bounds(shape, o, d);
            default -> Double.NaN;
        };
    }

    private static double half(JsonNode size, int i) {
        return size.path(i).asDouble() / 2;
    }

    static double box(double[] o, double[] d, double hx, double hy, double hz) {
        double[] h = {hx, hy, hz};
        double near = Double.NEGATIVE_INFINITY;
        double far = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            if (d[i] == 0) {
                if (Math.abs(o[i]) > h[i]) {
                    return Double.NaN;
                }
                continue;
            }
            double a = (-h[i] - o[i]) / d[i];
            double b = (h[i] - o[i]) / d[i];
            near = Math.max(near, Math.min(a, b));
            far = Math.min(far, Math.max(a, b));
        }
        if (near > far || far <= 0) {
            return Double.NaN;
        }
        return near > 0 ? near : far;
    }

    static double sphere(double[] o, double[] d, double r) {
        double a = dot(d, d);
        double b = dot(o, d);
        double c = dot(o, o) - r * r;
        double disc = b * b - a * c;
        if (disc < 0) {
            return Double.NaN;
        }
        double s = Math.sqrt(disc);
        double t0 = (-b - s) / a;
        double t1 = (-b + s) / a;
        return t0 > 0 ? t0 : t1 > 0 ? t1 : Double.NaN;
    }

    static double cylinder(double[] o, double[] d, double r, double halfHeight) {
        double best = Double.NaN;
        double a = d[0] * d[0] + d[2] * d[2];
        if (a > 0) {
            double b = o[0] * d[0] + o[2] * d[2];
            double c = o[0] * o[0] + o[2] * o[2] - r * r;
            double disc = b * b - a * c;
            if (disc >= 0) {
                double s = Math.sqrt(disc);
                for (double t : new double[] {(-b - s) / a, (-b + s) / a}) {
                    if (t > 0 && Math.abs(o[1] + t * d[1]) <= halfHeight) {
                        best = nearer(best, t);
                    }
                }
            }
        }
        if (d[1] != 0) {
            for (double capY : new double[] {-halfHeight, halfHeight}) {
                double t = (capY - o[1]) / d[1];
                double x = o[0] + t * d[0];
                double z = o[2] + t * d[2];
                if (t > 0 && x * x + z * z <= r * r) {
                    best = nearer(best, t);
                }
            }
        }
        return best;
    }

    static double plane(double[] o, double[] d, double hx, double hz) {
        if (d[1] == 0) {
            return Double.NaN;
        }
        double t = -o[1] / d[1];
        if (t <= 0 || Math.abs(o[0] + t * d[0]) > hx || Math.abs(o[2] + t * d[2]) > hz) {
            return Double.NaN;
        }
        return t;
    }

    /** A mesh by its axis-aligned bounds in its own frame: where a hit could be, not where it is. */
    private static double bounds(JsonNode shape, double[] o, double[] d) {
        JsonNode min = shape.path("bounds_min");
        JsonNode max = shape.path("bounds_max");
        if (!min.isArray() || !max.isArray()) {
            return 0;  // unknown extent: it may hide anything
        }
        double[] c = new double[3];
        double[] h = new double[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (min.path(i).asDouble() + max.path(i).asDouble()) / 2;
            h[i] = (max.path(i).asDouble() - min.path(i).asDouble()) / 2;
        }
        return box(new double[] {o[0] - c[0], o[1] - c[1], o[2] - c[2]}, d, h[0], h[1], h[2]);
    }

    static double nearer(double best, double t) {
        return Double.isNaN(best) || t < best ? t : best;
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
