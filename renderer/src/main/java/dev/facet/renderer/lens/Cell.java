package dev.facet.renderer.lens;

/**
 * One point of the wide image, where a distorted pixel centre's ray passes: its nearest pixel
 * and the cell of four pixels around it with the bilinear weights. Reused point after point.
 */
final class Cell {
    final int w;
    final int h;
    /** The point, in wide pixels. */
    double u;
    double v;
    /** The nearest pixel: its index and its column and row. */
    int nearest;
    int nu;
    int nv;
    /** The cell's top-left pixel and the point's place in the cell, in [0, 1]. */
    int corner;
    double fu;
    double fv;

    Cell(int w, int h) {
        this.w = w;
        this.h = h;
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

    /** Pixel k of the cell: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
    int pixel(int k) {
        return corner + (k & 1) + (k >> 1) * w;
    }

    double bilinear(float[] values, int ch, int c) {
        return lerp(lerp(values[ch * corner + c], values[ch * (corner + 1) + c], fu),
                lerp(values[ch * (corner + w) + c], values[ch * (corner + w + 1) + c], fu), fv);
    }

    double bilinear(byte[] values, int ch, int c) {
        return lerp(lerp(values[ch * corner + c] & 0xFF, values[ch * (corner + 1) + c] & 0xFF, fu),
                lerp(values[ch * (corner + w) + c] & 0xFF, values[ch * (corner + w + 1) + c] & 0xFF, fu), fv);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /**
     * True when the four corners' unit vectors (3 channels a pixel) all lie within {@code cos} of
     * the nearest one's: one smooth face of a surface, not a crease between two.
     */
    boolean oneDirection(float[] v, double cos) {
        int n = 3 * nearest;
        for (int c = 0; c < 4; c++) {
            int k = pixel(c);
            double dot = v[3 * k] * v[n] + v[3 * k + 1] * v[n + 1] + v[3 * k + 2] * v[n + 2];
            if (dot < cos) {
                return false;
            }
        }
        return true;
    }

    /** The four pixels of the cell show the nearest pixel's object in {@code ids}. */
    boolean oneSurface(int[] ids) {
        int id = ids[nearest];
        return ids[corner] == id && ids[corner + 1] == id && ids[corner + w] == id && ids[corner + w + 1] == id;
    }
}
