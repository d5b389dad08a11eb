package dev.facet.engine.scene;

import org.joml.Matrix4d;
import org.joml.Matrix4dc;

/**
 * One drawn object. {@code instanceId} is stable across the frames of a run and is what
 * the instance image stores; 0 is reserved for "no object".
 */
public record SceneObject(int instanceId, Category category, String name,
                          Matrix4dc worldFromObject, Shape shape, Material material) {
    public SceneObject {
        if (instanceId < 1 || instanceId > 0xFFFF) {
            throw new IllegalArgumentException("instance id must be in 1..65535, got " + instanceId);
        }
        worldFromObject = new Matrix4d(worldFromObject);
    }
}
