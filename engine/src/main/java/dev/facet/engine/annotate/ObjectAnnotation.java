package dev.facet.engine.annotate;

/**
 * What the instance image says about one object.
 *
 * @param bbox tight box around its pixels in COCO order (x, y, w, h), null when not visible
 */
public record ObjectAnnotation(int instanceId, long pixelCount, int[] bbox) {
    public boolean visible() {
        return pixelCount > 0;
    }
}
