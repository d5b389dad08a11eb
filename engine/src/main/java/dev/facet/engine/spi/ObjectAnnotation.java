package dev.facet.engine.spi;

import dev.facet.engine.scene.SceneObject;

/**
 * One scene object paired with what the instance image says about it.
 *
 * @param bbox tight box around its pixels in COCO order (x, y, w, h), null when not visible
 */
public record ObjectAnnotation(SceneObject object, long pixelCount, int[] bbox) {
    public int instanceId() {
        return object.instanceId();
    }

    public boolean visible() {
        return pixelCount > 0;
    }
}
