package dev.facet.renderer.lens;

/**
 * Depth at a point of the wide image. On a plane 1/z is affine in the image, so a pixel and its
 * own surface's gradient of 1/z (central differences, or the side that continues straight next to
 * a crease) give a plane that is exact anywhere on that face. The nearest pixel's plane is used
 * when the cell's pixels of its object all lie on it (the common case). Otherwise each of them
 * gives a plane: where they disagree a crease runs through the cell, and the surface is the
 * farthest plane on a convex crease (every plane lies in front of the other pixels' values), the
 * nearest on a concave one; where neither explains them (a face a pixel or two wide gave a guessed
 * gradient) only the planes whose gradients the next pixel confirmed are kept.
 */
final class DepthPlanes {
    /** Relative difference in 1/z below which two planes (or two one-sided slopes) count as one. */
    private static final double FLAT = 1e-5;

    private final int[] ids;
    private final float[] z;
    private final Cell cell;
    private final int w;
    private final int h;
    /** The cell's pixels that give planes, and each plane's 1/z there and gradient along u and v. */
    private final int[] pixel = new int[4];
    private final double[] planes = new double[12];
    /** Whether each plane's gradients were confirmed by a second difference on both axes. */
    private final boolean[] confirmed = new boolean[4];
    /** Cleared by {@link #slope} when it had to guess. */
    private boolean sure;

    DepthPlanes(int[] ids, float[] z, Cell cell) {
        this.ids = ids;
        this.z = z;
        this.cell = cell;
        this.w = cell.w;
        this.h = cell.h;
    }

    /** The depth at the cell's point: 0 where the nearest pixel shows no surface. */
    float at() {
        int n = cell.nearest;
        float d = z[n];
        if (!(d > 0)) {
            return d;
        }
        double own = 1.0 / d;
        sure = true;
        double gu = slope(n, cell.nu, w, 1, own);
        double gv = slope(n, cell.nv, h, w, own);
        if (sure && onPlane(own, gu, gv)) {
            return finite(own + gu * (cell.u - cell.nu) + gv * (cell.v - cell.nv), d);
        }
        int m = planes();
        double inv = resolve(m, nearestPlane(m, own));
        if (Double.isNaN(inv)) {
            int kept = 0;
            for (int k = 0; k < m; k++) {
                if (confirmed[k]) {
                    move(k, kept++);
                }
            }
            inv = kept == 0 ? Double.NaN : resolve(kept, plane(0, cell.u, cell.v));
            inv = Double.isNaN(inv) ? nearestPlane(m, own) : inv;
        }
        return finite(inv, d);
    }

    private static float finite(double inv, float fallback) {
        return inv > 0 ? (float) (1 / inv) : fallback;
    }

    /** The cell's pixels of the nearest pixel's object all lie on its plane. */
    private boolean onPlane(double own, double gu, double gv) {
        int id = ids[cell.nearest];
        for (int k = 0; k < 4; k++) {
            int p = cell.pixel(k);
            if (ids[p] == id && z[p] > 0) {
                double at = own + gu * (p % w - cell.nu) + gv * (p / w - cell.nv);
                if (Math.abs(at - 1.0 / z[p]) > FLAT * own) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Fills the planes of the cell's pixels that show the nearest pixel's object; returns how many. */
    private int planes() {
        int id = ids[cell.nearest];
        int m = 0;
        for (int k = 0; k < 4; k++) {
            int p = cell.pixel(k);
            if (ids[p] != id || !(z[p] > 0)) {
                continue;
            }
            double inv = 1.0 / z[p];
            pixel[m] = p;
            planes[3 * m] = inv;
            sure = true;
            planes[3 * m + 1] = slope(p, p % w, w, 1, inv);
            planes[3 * m + 2] = slope(p, p / w, h, w, inv);
            confirmed[m] = sure;
            m++;
        }
        return m;
    }

    /**
     * 1/z at the point from the first {@code m} planes: {@code own} when they agree, the farthest plane
     * on a convex crease, the nearest on a concave one, NaN when neither explains the pixels' values.
     */
    private double resolve(int m, double own) {
        double near = Double.POSITIVE_INFINITY;
        double far = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            double e = plane(k, cell.u, cell.v);
            near = Math.min(near, e);
            far = Math.max(far, e);
        }
        if (far - near <= FLAT * Math.abs(own)) {
            return own;
        }
        if (crease(m, true)) {
            return near;  // convex: the largest z, the smallest 1/z
        }
        return crease(m, false) ? far : Double.NaN;
    }

    private void move(int from, int to) {
        pixel[to] = pixel[from];
        confirmed[to] = confirmed[from];
        System.arraycopy(planes, 3 * from, planes, 3 * to, 3);
    }

    /** The nearest pixel's plane at the point, or its own 1/z when it lies outside the cell (the image border). */
    private double nearestPlane(int m, double own) {
        for (int k = 0; k < m; k++) {
            if (pixel[k] == cell.nearest) {
                return plane(k, cell.u, cell.v);
            }
        }
        return own;
    }

    /** Plane k's 1/z at image point (x, y). */
    private double plane(int k, double x, double y) {
        return planes[3 * k] + planes[3 * k + 1] * (x - pixel[k] % w) + planes[3 * k + 2] * (y - pixel[k] / w);
    }

    /** Every plane lies in front of (convex) or behind (concave) every other pixel's own value. */
    private boolean crease(int m, boolean convex) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                double at = plane(k, pixel[j] % w, pixel[j] / w);
                double own = planes[3 * j];
                double tol = FLAT * Math.abs(own);
                if (convex ? at < own - tol : at > own + tol) {
                    return false;
                }
            }
        }
        return true;
    }

    /** d(1/z) per pixel along one axis at pixel {@code p} ({@code at} its index on that axis), on its own surface. */
    private double slope(int p, int at, int size, int stride, double inv) {
        double f = at + 1 < size ? step(p + stride, p) : Double.NaN;
        double b = at > 0 ? step(p, p - stride) : Double.NaN;
        if (!Double.isNaN(f) && !Double.isNaN(b) && Math.abs(f - b) <= FLAT * Math.abs(inv)) {
            return (f + b) / 2;
        }
        // one side only, or a crease: take a side that continues straight one pixel further
        double f2 = at + 2 < size && !Double.isNaN(f) ? step(p + 2 * stride, p + stride) : Double.NaN;
        double b2 = at > 1 && !Double.isNaN(b) ? step(p - stride, p - 2 * stride) : Double.NaN;
        double errF = Double.isNaN(f2) ? Double.POSITIVE_INFINITY : Math.abs(f2 - f);
        double errB = Double.isNaN(b2) ? Double.POSITIVE_INFINITY : Math.abs(b - b2);
        double best = Math.min(errF, errB);
        sure &= best <= FLAT * Math.abs(inv);
        if (best < Double.POSITIVE_INFINITY) {
            return errF <= errB ? f : b;
        }
        return !Double.isNaN(f) ? f : !Double.isNaN(b) ? b : 0;
    }

    /** 1/z at {@code a} minus 1/z at {@code b}, or NaN unless both show the nearest pixel's object. */
    private double step(int a, int b) {
        int id = ids[cell.nearest];
        if (ids[a] != id || ids[b] != id || !(z[a] > 0) || !(z[b] > 0)) {
            return Double.NaN;
        }
        return 1.0 / z[a] - 1.0 / z[b];
    }
}
