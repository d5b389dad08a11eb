package dev.facet.renderer.post;

import java.nio.ByteBuffer;

/**
 * Motion blur's accumulation: the linear colour of a frame's sub-frame renders summed, then
 * averaged with the frame's own colour and encoded to the nearest 8-bit sRGB value. Averaging
 * in linear light is what a sensor integrating over the open shutter does.
 */
public final class ShutterAverage {
    private final int width;
    private final int height;
    private final float[] sum;
    private int count;

    public ShutterAverage(int width, int height) {
        this.width = width;
        this.height = height;
        sum = new float[3 * width * height];
    }

    /** Adds one sub-frame's colour as GL reads it: RGB bytes, rows bottom-up. */
    public void addGlRows(ByteBuffer rgb) {
        int rowBytes = 3 * width;
        for (int glRow = 0; glRow < height; glRow++) {
            int dst = (height - 1 - glRow) * rowBytes;
            int src = glRow * rowBytes;
            for (int x = 0; x < rowBytes; x++) {
                sum[dst + x] += Srgb.linear(rgb.get(src + x) & 0xff);
            }
        }
        count++;
    }

    /** Replaces {@code rgb} (the frame's own colour, rows top-down) by the average of it and every sub-frame added. */
    public void averageInto(byte[] rgb) {
        float n = count + 1;
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = Srgb.nearest((sum[i] + Srgb.linear(rgb[i] & 0xff)) / n);
        }
    }
}
