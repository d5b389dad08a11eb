package dev.facet.renderer.post;

/** 8-bit sRGB to linear floats and back, through tables. */
final class Srgb {
    private static final float[] TO_LINEAR = new float[256];
    private static final int STEPS = 4096;
    private static final byte[] TO_SRGB = new byte[STEPS + 1];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            TO_LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        for (int i = 0; i <= STEPS; i++) {
            double c = i / (double) STEPS;
            double s = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
            TO_SRGB[i] = (byte) Math.round(s * 255);
        }
    }

    /** Midpoints between consecutive entries of TO_LINEAR: the byte nearest a linear value, exactly. */
    private static final float[] MIDPOINTS = new float[255];

    static {
        for (int i = 0; i < 255; i++) {
            MIDPOINTS[i] = (TO_LINEAR[i] + TO_LINEAR[i + 1]) / 2;
        }
    }

    private Srgb() {
    }

    static float[] toLinear(byte[] rgb) {
        float[] out = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = TO_LINEAR[rgb[i] & 0xff];
        }
        return out;
    }

    static void toBytes(float[] linear, byte[] rgb) {
        for (int i = 0; i < rgb.length; i++) {
            float c = Math.min(1f, Math.max(0f, linear[i]));
            rgb[i] = TO_SRGB[Math.round(c * STEPS)];
        }
    }

    /** One 8-bit sRGB value as linear. */
    static float linear(int srgb) {
        return TO_LINEAR[srgb];
    }

    /** The 8-bit sRGB value whose linear value is nearest {@code linear}: exact, so an unchanged value round-trips. */
    static byte nearest(float linear) {
        int lo = 0;
        int hi = 255;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (linear > MIDPOINTS[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (byte) lo;
    }
}
