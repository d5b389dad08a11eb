package dev.facet.physics;

import com.jme3.bullet.collision.shapes.CollisionShape;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Triangle-mesh colliders of static meshes (bins, shelves, rooms) kept from one world to the
 * next: Bullet builds a mesh's bounding-volume tree once per triangle array and scale instead
 * of once per world (a 20,000-triangle room costs a quarter of a second to build on a laptop
 * core). The shapes are immutable once built, so a world using one steps exactly as with a
 * fresh one. Safe to share between threads.
 */
public final class StaticMeshCache {
    private final Map<float[], Map<Float, CollisionShape>> shapes = new IdentityHashMap<>();

    /** The collider of the mesh {@code triangles} (the same array each time) at {@code scale}. */
    synchronized CollisionShape shape(float[] triangles, float scale) {
        return shapes.computeIfAbsent(triangles, t -> new HashMap<>()).computeIfAbsent(scale, s -> {
            CollisionShape c = Colliders.triangleMesh(triangles);
            c.setScale(s);
            return c;
        });
    }
}
