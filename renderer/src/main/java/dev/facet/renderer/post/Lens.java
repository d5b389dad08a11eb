package dev.facet.renderer.post;

/** Lens effects on linear RGB (3 floats per pixel, rows top-down), centred on the image centre. */
final class Lens {
    private Lens() {
    }

    /**
     * Lateral chromatic aberration: red is magnified and blue shrunk about the centre so that
     * at the corners they sit {@code px} pixels from green, radially; sampled bilinearly.
     */
    static float[] chromaticAberration(float[] in, int width, int height, double px) {
        float[] out = in.clone();
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double corner = Math.max(Math.hypot(cx, cy), 1);
        double k = px / corner;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                double dx = x - cx;
                double dy = y - cy;
                out[i] = sample(in, width, height, cx + dx * (1 - k), cy + dy * (1 - k), 0);
                out[i + 2] = sample(in, width, height, cx + dx * (1 + k), cy + dy * (1 + k), 2);
            }
        }
        return out;
    }

    private static float sample(float[] img, int width, int height, double x, double y, int channel) {
        double fx = Math.min(width - 1, Math.max(0, x));
        double fy = Math.min(height - 1, Math.max(0, y));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double tx = fx - x0;
        double ty = fy - y0;
        double top = img[3 * (y0 * width + x0) + channel] * (1 - tx) + img[3 * (y0 * width + x1) + channel] * tx;
        double bottom = img[3 * (y1 * width + x0) + channel] * (1 - tx) + img[3 * (y1 * width + x1) + channel] * tx;
        return (float) (top * (1 - ty) + bottom * ty);
    }

    /** Darkens towards the corners: factor 1 - strength x (r / r_corner)^2, so the corners get 1 - strength. */
    static void vignetting(float[] img, int width, int height, double strength) {
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double corner2 = Math.max(cx * cx + cy * cy, 1);
        for (int y = 0; y < height; y++) {
            double dy2 = (y - cy) * (y - cy);
            for (int x = 0; x < width; x++) {
                float f = (float) (1 - strength * ((x - cx) * (x - cx) + dy2) / corner2);
                int i = 3 * (y * width + x);
                img[i] *= f;
                img[i + 1] *= f;
                img[i + 2] *= f;
            }
        }
    }
}
