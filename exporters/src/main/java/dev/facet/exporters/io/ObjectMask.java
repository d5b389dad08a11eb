package dev.facet.exporters.io;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;

/**
 * An object's visible pixels cut out of its box: every pixel of the object lies in the box,
 * so nothing outside it needs reading.
 *
 * @param x the box's left column in the image
 * @param y the box's top row in the image
 * @param pixels row-major, {@code width} wide: true where the instance image shows the object
 */
public record ObjectMask(int x, int y, int width, int height, boolean[] pixels) {

    /** The mask of a visible object of {@code frame}. */
    public static ObjectMask of(Frame frame, ObjectAnnotation annotation) {
        if (!annotation.visible()) {
            throw new IllegalArgumentException("instance " + annotation.instanceId() + " has no visible pixels");
        }
        return cut(frame.pixels().instance(), frame.pixels().width(), annotation.instanceId(), annotation.bbox());
    }

    /**
     * The pixels equal to {@code id} inside {@code bbox} (x, y, w, h) of the row-major id image
     * {@code ids}, {@code imageWidth} wide.
     */
    public static ObjectMask cut(int[] ids, int imageWidth, int id, int[] bbox) {
        int w = bbox[2];
        int h = bbox[3];
        boolean[] pixels = new boolean[w * h];
        for (int v = 0; v < h; v++) {
            int row = (bbox[1] + v) * imageWidth + bbox[0];
            for (int u = 0; u < w; u++) {
                pixels[v * w + u] = ids[row + u] == id;
            }
        }
        return new ObjectMask(bbox[0], bbox[1], w, h, pixels);
    }

    /** Whether the pixel at column {@code u}, row {@code v} of the box shows the object. */
    public boolean at(int u, int v) {
        return pixels[v * width + u];
    }
}
