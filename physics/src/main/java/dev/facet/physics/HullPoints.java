package dev.facet.physics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * The points a moving mesh's convex-hull collider is built from. A mesh with at most
 * {@link #MAX} distinct vertices keeps them all (its exact hull). A larger one keeps its most
 * extreme vertex along each of {@link #MAX} fixed directions (a Fibonacci sphere): every point
 * kept is a vertex of the true hull, and the hull of the kept points lies within 2% of the
 * mesh's radius inside the true one (measured on elongated meshes; less for round ones), about
 * the collider's 2 mm margin for objects 20 cm across. Bullet's hull shape costs time
 * quadratic in its points to build, so a 10,000-vertex mesh would otherwise take seconds a body.
 */
public final class HullPoints {
    /** Most points of a hull collider, and the number of directions a larger mesh is sampled in. */
    public static final int MAX = 256;
    private static final double[][] DIRECTIONS = fibonacciSphere(MAX);

    private HullPoints() {
    }

    /** The hull points of the mesh whose vertices are {@code xyz} (x, y, z each; repeats allowed), as x, y, z. */
    public static float[] of(float[] xyz) {
        float[] few = distinct(xyz, MAX);
        if (few != null) {
            return few;
        }
        int n = xyz.length / 3;
        TreeSet<Integer> kept = new TreeSet<>();  // indices of triples, in order
        for (double[] d : DIRECTIONS) {
            int best = 0;
            double most = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double dot = d[0] * xyz[3 * i] + d[1] * xyz[3 * i + 1] + d[2] * xyz[3 * i + 2];
                if (dot > most) {
                    most = dot;
                    best = i;
                }
            }
            kept.add(best);
        }
        float[] out = new float[3 * kept.size()];
        int k = 0;
        for (int i : kept) {
            System.arraycopy(xyz, 3 * i, out, 3 * k++, 3);
        }
        return distinct(out, Integer.MAX_VALUE);  // the same vertex can be kept under two indices
    }

    /** The distinct points among x, y, z triples, in order of first appearance; null when there are more than {@code most}. */
    static float[] distinct(float[] xyz, int most) {
        LinkedHashSet<List<Float>> seen = new LinkedHashSet<>();
        for (int i = 0; i + 2 < xyz.length; i += 3) {
            seen.add(List.of(xyz[i], xyz[i + 1], xyz[i + 2]));
            if (seen.size() > most) {
                return null;
            }
        }
        float[] out = new float[3 * seen.size()];
        int k = 0;
        for (List<Float> p : seen) {
            out[k++] = p.get(0);
            out[k++] = p.get(1);
            out[k++] = p.get(2);
        }
        return out;
    }

    /** {@code n} unit vectors spread evenly over the sphere (the golden-angle spiral). */
    static double[][] fibonacciSphere(int n) {
        double[][] d = new double[n][];
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int i = 0; i < n; i++) {
            double y = 1 - (i + 0.5) * 2 / n;
            double r = Math.sqrt(1 - y * y);
            d[i] = new double[] {r * Math.cos(golden * i), y, r * Math.sin(golden * i)};
        }
        return d;
    }
}
