package dev.facet.renderer.lens;

import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;

/**
 * Resamples a frame drawn through a {@link WideView}'s pinhole camera at the distorted
 * camera's pixel centres. Each buffer by what its values are ({@link Modality.Kind}):
 * <ul>
 *   <li>instance ids and every {@link Modality.Kind#LABEL label} layer: the nearest wide pixel, so a
 *       label is still the object the ray through the pixel centre hits first (up to half a wide
 *       pixel, which matters only at silhouettes);</li>
 *   <li>RGB ({@link Modality.Kind#COLOUR colour}): bilinear;</li>
 *   <li>depth: 1/z is affine in the image on a plane, so each pixel of the cell around the point that
 *       shows the nearest pixel's object gives a plane (its 1/z and its own surface's gradient: central
 *       differences, or the side that continues straight next to a crease); where the planes differ a
 *       crease runs through the cell and the surface is the farthest plane (convex) or the nearest
 *       (concave), so depth is exact on planes and on boxes up to their edges;</li>
 *   <li>{@link Modality.Kind#CONTINUOUS continuous} layers: bilinear where the four neighbours show the
 *       nearest pixel's object, else the nearest;</li>
 *   <li>{@link Modality.Kind#DERIVED derived} layers: left alone (made from the remapped frame later).</li>
 * </ul>
 */
public final class LensRemap {
    /** Relative difference in 1/z below which two planes (or two one-sided slopes) count as one. */
    private static final double FLAT = 1e-5;

    private LensRemap() {
    }

    /** Writes {@code out} (the distorted camera's frame) from {@code wide} (drawn through {@code view.render()}). */
    public static void apply(RenderedFrame wide, WideView view, RenderedFrame out) {
        Sampler s = new Sampler(wide);
        float[] map = view.map();
        int n = out.width() * out.height();
        byte[] rgb = out.rgb();
        int[] ids = out.instance();
        float[] depth = out.depth();
        for (int i = 0; i < n; i++) {
            s.at(map[2 * i], map[2 * i + 1]);
            ids[i] = wide.instance()[s.nearest];
            depth[i] = s.depth();
            for (int c = 0; c < 3; c++) {
                rgb[3 * i + c] = (byte) Math.round(s.bilinear(wide.rgb(), 3, c));
            }
        }
        for (Modality m : out.layers().modalities()) {
            if (m.kind() != Modality.Kind.DERIVED) {
                layer(s, map, wide.layers().get(m), out.layers().get(m), m, n);
            }
        }
    }

    private static void layer(Sampler s, float[] map, float[] from, float[] to, Modality m, int n) {
        int ch = m.channels();
        for (int i = 0; i < n; i++) {
            s.at(map[2 * i], map[2 * i + 1]);
            boolean blend = m.kind() == Modality.Kind.COLOUR || m.kind() == Modality.Kind.CONTINUOUS && s.oneSurface();
            for (int c = 0; c < ch; c++) {
                to[ch * i + c] = blend ? (float) s.bilinear(from, ch, c) : from[ch * s.nearest + c];
            }
        }
    }

    /** The wide image around one point: its nearest pixel and the four pixels around it. */
    private static final class Sampler {
        private final int w;
        private final int h;
        private final int[] ids;
        private final float[] z;
        private int nearest;
        private int nu;
        private int nv;
        private int corner;
        private double fu;
        private double fv;
        private double u;
        private double v;
        /** The pixels of the cell that give planes, and each plane's 1/z there and gradient along u and v. */
        private final int[] pixel = new int[4];
        private final double[] planes = new double[12];
        /** Whether each plane's gradients were confirmed by a second difference on both axes. */
        private final boolean[] confirmed = new boolean[4];
        /** Cleared by {@link #slope} when it had to guess. */
        private boolean sure;

        Sampler(RenderedFrame wide) {
            w = wide.width();
            h = wide.height();
            ids = wide.instance();
            z = wide.depth();
        }

        void at(double u, double v) {
            this.u = u;
            this.v = v;
            nu = clamp((int) Math.round(u), w - 1);
            nv = clamp((int) Math.round(v), h - 1);
            nearest = nv * w + nu;
            int u0 = clamp((int) Math.floor(u), w - 2);
            int v0 = clamp((int) Math.floor(v), h - 2);
            corner = v0 * w + u0;
            fu = Math.min(1, Math.max(0, u - u0));
            fv = Math.min(1, Math.max(0, v - v0));
        }

        private static int clamp(int i, int max) {
            return Math.max(0, Math.min(max, i));
        }

        double bilinear(float[] values, int ch, int c) {
            return lerp(lerp(at(values, corner, ch, c), at(values, corner + 1, ch, c), fu),
                    lerp(at(values, corner + w, ch, c), at(values, corner + w + 1, ch, c), fu), fv);
        }

        double bilinear(byte[] values, int ch, int c) {
            return lerp(lerp(values[ch * corner + c] & 0xFF, values[ch * (corner + 1) + c] & 0xFF, fu),
                    lerp(values[ch * (corner + w) + c] & 0xFF, values[ch * (corner + w + 1) + c] & 0xFF, fu), fv);
        }

        private static double at(float[] values, int pixel, int ch, int c) {
            return values[ch * pixel + c];
        }

        private static double lerp(double a, double b, double t) {
            return a + (b - a) * t;
        }

        /** The four pixels around the point show the nearest pixel's object. */
        boolean oneSurface() {
            int id = ids[nearest];
            return ids[corner] == id && ids[corner + 1] == id && ids[corner + w] == id && ids[corner + w + 1] == id;
        }

        /**
         * The depth at the point: each of the four pixels around it that shows the nearest pixel's
         * object gives a plane of 1/z (its value and its own surface's gradient) evaluated at the point.
         * Where they disagree a crease runs through the cell: on a convex one (every plane lies in front
         * of the other pixels' surface) the surface is the farthest plane, on a concave one the nearest.
         */
        float depth() {
            float d = z[nearest];
            if (!(d > 0)) {
                return d;
            }
            int id = ids[nearest];
            int m = 0;
            for (int k = 0; k < 4; k++) {
                int p = corner + (k & 1) + (k >> 1) * w;
                if (ids[p] != id || !(z[p] > 0)) {
                    continue;
                }
                int pu = p % w;
                int pv = p / w;
                double inv = 1.0 / z[p];
                pixel[m] = p;
                planes[3 * m] = inv;
                sure = true;
                planes[3 * m + 1] = slope(p, pu, w, 1, inv);
                planes[3 * m + 2] = slope(p, pv, h, w, inv);
                confirmed[m] = sure;
                m++;
            }
            double own = nearestPlane(m);
            double inv = resolve(m, own);
            if (Double.isNaN(inv)) {
                // no crease explains all planes: one was guessed across a crease (a face a pixel or two wide);
                // keep the planes whose gradients the next pixel confirmed on both axes
                int kept = 0;
                for (int k = 0; k < m; k++) {
                    if (confirmed[k]) {
                        move(k, kept++);
                    }
                }
                inv = kept == 0 ? own : resolve(kept, plane(0, u, v));
                inv = Double.isNaN(inv) ? own : inv;
            }
            return inv > 0 ? (float) (1 / inv) : d;
        }

        /**
         * 1/z at the point from the first {@code m} planes: {@code own} when they agree, the farthest plane
         * on a convex crease, the nearest on a concave one, NaN when neither explains the pixels' values.
         */
        private double resolve(int m, double own) {
            double near = Double.POSITIVE_INFINITY;
            double far = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                double e = plane(k, u, v);
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

        private double nearestPlane(int m) {
            for (int k = 0; k < m; k++) {
                if (pixel[k] == nearest) {
                    return plane(k, u, v);
                }
            }
            return 1.0 / z[nearest];  // the nearest pixel lies outside the cell only at the image border
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
            int id = ids[nearest];
            if (ids[a] != id || ids[b] != id || !(z[a] > 0) || !(z[b] > 0)) {
                return Double.NaN;
            }
            return 1.0 / z[a] - 1.0 / z[b];
        }
    }
}
