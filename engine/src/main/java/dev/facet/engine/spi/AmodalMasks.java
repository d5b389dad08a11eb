package dev.facet.engine.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A frame's amodal masks ({@link Modality#AMODAL}): for each object whose silhouette reaches the
 * BOP toolkit's enlarged canvas, where it would cover the image if nothing hid it, rendered alone.
 * Inside the image the mask is drawn with the frame's own camera and rasteriser state, so every
 * pixel the instance image gives the object lies in its mask. Outside the image (the canvas runs
 * from {@code -width} to {@code 2 width - 1} and {@code -height} to {@code 2 height - 1}, as in
 * the toolkit's calc_gt_info.py) only the count and the bounds are kept.
 */
public final class AmodalMasks {
    private final List<Mask> masks = new ArrayList<>();

    /**
     * One object's unoccluded silhouette.
     *
     * @param x left column of {@code pixels} in the image (0 when none is in the image)
     * @param y top row
     * @param width columns of {@code pixels}: the tight box of the silhouette in the image, 0 when none
     * @param height rows of {@code pixels}
     * @param pixels row-major, {@code width} wide: true where the silhouette covers the image
     * @param pixelCount silhouette pixels in the image
     * @param pixelCountAll silhouette pixels on the whole enlarged canvas (the image included)
     * @param canvasBox {u_min, v_min, u_max, v_max} of the silhouette on the canvas, inclusive, in
     *                  image pixel coordinates (may lie outside the image)
     */
    public record Mask(int instanceId, int x, int y, int width, int height, boolean[] pixels, long pixelCount,
                       long pixelCountAll, int[] canvasBox) {
        public Mask {
            if (pixels.length != width * height || canvasBox.length != 4 || pixelCountAll < pixelCount) {
                throw new IllegalArgumentException("inconsistent amodal mask of instance " + instanceId);
            }
        }

        /** Whether image pixel (u, v) lies in the silhouette. */
        public boolean covers(int u, int v) {
            int i = u - x;
            int j = v - y;
            return i >= 0 && j >= 0 && i < width && j < height && pixels[j * width + i];
        }

        /** The tight box of the silhouette in the image, COCO order (x, y, w, h); null when none is in it. */
        public int[] bbox() {
            return pixelCount == 0 ? null : new int[] {x, y, width, height};
        }

        /** Silhouette pixels outside the image. */
        public long pixelCountOutside() {
            return pixelCountAll - pixelCount;
        }
    }

    /** The masks, in the scene's object order. */
    public List<Mask> all() {
        return Collections.unmodifiableList(masks);
    }

    /** The mask of {@code instanceId}, or null when its silhouette misses the canvas. */
    public Mask of(int instanceId) {
        for (Mask m : masks) {
            if (m.instanceId() == instanceId) {
                return m;
            }
        }
        return null;
    }

    public void clear() {
        masks.clear();
    }

    public void add(Mask mask) {
        masks.add(mask);
    }

    /** Makes {@code target} hold these masks (they are immutable once made, so they are shared). */
    public void copyTo(AmodalMasks target) {
        target.masks.clear();
        target.masks.addAll(masks);
    }

    /**
     * Moves every mask's image part as a per-pixel remap moves a layer (for example lens distortion):
     * image pixel p of the result is pixel {@code sourceOf(p)} of the original (row-major indices of a
     * {@code width} x {@code height} image), or outside the silhouette when that is negative. Counts
     * outside the image are kept as they are.
     */
    public void remap(int width, int height, IntUnaryOperator sourceOf) {
        for (int i = 0; i < masks.size(); i++) {
            Mask m = masks.get(i);
            boolean[] full = new boolean[width * height];
            for (int p = 0; p < full.length; p++) {
                int s = sourceOf.applyAsInt(p);
                full[p] = s >= 0 && m.covers(s % width, s / width);
            }
            masks.set(i, fromImage(m.instanceId(), full, width, height, m.pixelCountOutside(), m.canvasBox()));
        }
    }

    /**
     * The mask whose image part is {@code full} (row-major, {@code width} wide), with
     * {@code outside} pixels beyond the image and canvas bounds {@code outsideBox} of those
     * (null or empty when none), joined with the image part's bounds.
     */
    public static Mask fromImage(int instanceId, boolean[] full, int width, int height, long outside, int[] outsideBox) {
        int minU = Integer.MAX_VALUE;
        int minV = Integer.MAX_VALUE;
        int maxU = Integer.MIN_VALUE;
        int maxV = Integer.MIN_VALUE;
        long count = 0;
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                if (full[v * width + u]) {
                    count++;
                    minU = Math.min(minU, u);
                    maxU = Math.max(maxU, u);
                    minV = Math.min(minV, v);
                    maxV = Math.max(maxV, v);
                }
            }
        }
        int[] canvas = {minU, minV, maxU, maxV};
        if (outside > 0 && outsideBox != null) {
            canvas = new int[] {Math.min(minU, outsideBox[0]), Math.min(minV, outsideBox[1]),
                Math.max(maxU, outsideBox[2]), Math.max(maxV, outsideBox[3])};
        }
        if (count == 0) {
            return new Mask(instanceId, 0, 0, 0, 0, new boolean[0], 0, outside, canvas);
        }
        int w = maxU - minU + 1;
        int h = maxV - minV + 1;
        boolean[] cut = new boolean[w * h];
        for (int v = 0; v < h; v++) {
            System.arraycopy(full, (minV + v) * width + minU, cut, v * w, w);
        }
        return new Mask(instanceId, minU, minV, w, h, cut, count, count + outside, canvas);
    }
}
