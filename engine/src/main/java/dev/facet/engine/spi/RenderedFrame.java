package dev.facet.engine.spi;

/**
 * The aligned per-pixel buffers of one frame, rows top-down (OpenCV order), all sampled
 * at the same pixel centres.
 *
 * @param rgb 8-bit sRGB, 3 bytes per pixel
 * @param instance instance id per pixel, 0 = no object
 * @param depth z in the camera frame in metres, 0 = no surface
 */
public record RenderedFrame(int width, int height, byte[] rgb, int[] instance, float[] depth) {
    public RenderedFrame {
        int n = width * height;
        if (rgb.length != 3 * n || instance.length != n || depth.length != n) {
            throw new IllegalArgumentException("buffer sizes do not match " + width + "x" + height);
        }
    }
}
