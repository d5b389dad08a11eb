package dev.facet.physics;

import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.collision.shapes.BoxCollisionShape;
import com.jme3.bullet.collision.shapes.CollisionShape;
import com.jme3.bullet.collision.shapes.CylinderCollisionShape;
import com.jme3.bullet.collision.shapes.HullCollisionShape;
import com.jme3.bullet.collision.shapes.MeshCollisionShape;
import com.jme3.bullet.collision.shapes.SphereCollisionShape;
import com.jme3.bullet.collision.shapes.infos.IndexedMesh;
import com.jme3.math.Vector3f;
import dev.facet.engine.scene.Shape;

/**
 * Collision shapes for engine shapes: primitives exactly; a moving mesh as the convex hull
 * of its vertices ({@link HullPoints}; of its bounds' corners when none are given); a static
 * mesh as its triangles; a plane as a thin static slab whose top is the plane (Bullet's planes
 * misbehave).
 */
final class Colliders {
    /** Collision margin (m): small, so hulls float by at most this much. */
    static final float MARGIN = 0.002f;
    /** Thickness of the slab that stands for a plane (m). */
    static final double SLAB = 0.2;

    private Colliders() {
    }

    /** @param triangles the mesh's vertices in its own frame, three per triangle, or null */
    static CollisionShape of(Shape shape, float[] triangles, boolean moving) {
        CollisionShape c;
        if (shape instanceof Shape.Box b) {
            c = new BoxCollisionShape((float) b.sx() / 2, (float) b.sy() / 2, (float) b.sz() / 2);
        } else if (shape instanceof Shape.Sphere s) {
            c = new SphereCollisionShape((float) s.radius());
        } else if (shape instanceof Shape.Cylinder y) {
            c = new CylinderCollisionShape((float) y.radius(), (float) y.height(), PhysicsSpace.AXIS_Y);
        } else if (shape instanceof Shape.Plane p) {
            c = new BoxCollisionShape((float) p.sx() / 2, (float) SLAB / 2, (float) p.sz() / 2);
        } else {
            Shape.Mesh m = (Shape.Mesh) shape;
            boolean given = triangles != null && triangles.length >= 9;
            c = given && !moving ? triangleMesh(triangles) : new HullCollisionShape(given ? HullPoints.of(triangles) : corners(m));
        }
        if (!(c instanceof SphereCollisionShape)) {  // a sphere's margin is its radius
            c.setMargin(MARGIN);
        }
        return c;
    }

    /** Where the collider's centre sits in the shape's frame (the plane's slab hangs below it). */
    static double offsetY(Shape shape) {
        return shape instanceof Shape.Plane ? -SLAB / 2 : 0;
    }

    /** Volume of the shape (m³ in its own units), for mass; a mesh counts as its bounds box. */
    static double volume(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return b.sx() * b.sy() * b.sz();
        } else if (shape instanceof Shape.Sphere s) {
            return 4 / 3.0 * Math.PI * s.radius() * s.radius() * s.radius();
        } else if (shape instanceof Shape.Cylinder y) {
            return Math.PI * y.radius() * y.radius() * y.height();
        } else if (shape instanceof Shape.Mesh m) {
            return (m.max().x() - m.min().x()) * (m.max().y() - m.min().y()) * (m.max().z() - m.min().z());
        }
        return 0;
    }

    private static float[] corners(Shape.Mesh m) {
        float[] p = new float[24];
        for (int i = 0; i < 8; i++) {
            p[3 * i] = (float) ((i & 1) == 0 ? m.min().x() : m.max().x());
            p[3 * i + 1] = (float) ((i & 2) == 0 ? m.min().y() : m.max().y());
            p[3 * i + 2] = (float) ((i & 4) == 0 ? m.min().z() : m.max().z());
        }
        return p;
    }

    /** A static triangle mesh with the collision margin (its scale is the caller's). */
    static CollisionShape triangleMesh(float[] triangles) {
        int n = triangles.length / 3 / 3 * 3;
        Vector3f[] positions = new Vector3f[n];
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = new Vector3f(triangles[3 * i], triangles[3 * i + 1], triangles[3 * i + 2]);
            indices[i] = i;
        }
        CollisionShape c = new MeshCollisionShape(true, new IndexedMesh(positions, indices));
        c.setMargin(MARGIN);
        return c;
    }
}
