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
 *   <li>depth: 1/z, which is affine in the image on a plane, extrapolated from the nearest wide pixel
 *       with the gradient of its own surface (central differences, or the one side that continues
 *       straight where the surface creases), so depth is exact on planes and boxes;</li>
 *   <li>{@link Modality.Kind#CONTINUOUS continuous} layers: bilinear where the four neighbours show the
 *       nearest pixel's object, else the nearest;</li>
 *   <li>{@link Modality.Kind#DERIVED derived} layers: left alone (made from the remapped frame later).</li>
 * </ul>
 */
public final class LensRemap {
    /** Relative difference of the two one-sided 1/z slopes below which a surface counts as flat there. */
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
        private double du;
        private double dv;
        private int corner;
        private double fu;
        private double fv;

        Sampler(RenderedFrame wide) {
            w = wide.width();
            h = wide.height();
            ids = wide.instance();
            z = wide.depth();
        }

        void at(double u, double v) {
            nu = clamp((int) Math.round(u), w - 1);
            nv = clamp((int) Math.round(v), h - 1);
            nearest = nv * w + nu;
            du = u - nu;
            dv = v - nv;
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

        float depth() {
            float d = z[nearest];
            if (!(d > 0)) {
                return d;
            }
            double inv = 1.0 / d;
            double gu = slope(nu, w, 1, inv);
            double gv = slope(nv, h, w, inv);
            double e = inv + gu * du + gv * dv;
            return e > 0 ? (float) (1 / e) : d;
        }

        /** d(1/z) per pixel along one axis at the nearest pixel ({@code at} its index on that axis), on its own surface. */
        private double slope(int at, int size, int stride, double inv) {
            double f = at + 1 < size ? step(nearest + stride, nearest) : Double.NaN;
            double b = at > 0 ? step(nearest, nearest - stride) : Double.NaN;
            if (Double.isNaN(f)) {
                return Double.isNaN(b) ? 0 : b;
            }
            if (Double.isNaN(b)) {
                return f;
            }
            if (Math.abs(f - b) <= FLAT * Math.abs(inv)) {
                return (f + b) / 2;
            }
            // a crease: take the side that continues straight one pixel further
            double f2 = at + 2 < size ? step(nearest + 2 * stride, nearest + stride) : Double.NaN;
            double b2 = at > 1 ? step(nearest - stride, nearest - 2 * stride) : Double.NaN;
            double errF = Double.isNaN(f2) ? Double.POSITIVE_INFINITY : Math.abs(f2 - f);
            double errB = Double.isNaN(b2) ? Double.POSITIVE_INFINITY : Math.abs(b - b2);
            return errF <= errB ? f : b;
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
