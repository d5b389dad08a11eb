package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Shape;
import org.joml.Vector3d;

/** An object of the frame being drawn, filled in by several randomizers before it becomes a SceneObject. */
public final class ObjectDraft {
    final int id;
    final Category category;
    final String name;
    /** Which object template (index into objects) made it; -1 for distractors, -2 for ground and walls. */
    final int template;
    /** True when the object rests on the placement surface (its spec says so): placement picks where. */
    final boolean restsOnSurface;
    Shape shape;
    /** Null until a randomizer draws it; a draft without one cannot become a scene object. */
    Material material;
    double scale = 1;
    /** A mesh's size factor from its asset library (fit or assets.yaml scale), times {@link #scale}. */
    double assetScale = 1;
    /** A library mesh's turn from its file's up axis to y-up, applied before the pose's own rotation; null for none. */
    org.joml.Quaterniond assetTurn;
    double yawDeg;
    double pitchDeg;
    double rollDeg;
    Vector3d position = new Vector3d();
    /** The orientation physics left the object in; when set it replaces yaw, pitch and roll. */
    org.joml.Quaterniond rotation;
    boolean dropped;

    ObjectDraft(int id, Category category, String name, int template, boolean restsOnSurface, Shape shape,
          Material material) {
        this.id = id;
        this.category = category;
        this.name = name;
        this.template = template;
        this.restsOnSurface = restsOnSurface;
        this.shape = shape;
        this.material = material;
    }

    /** The shape at this draft's scale: primitives are resized, meshes keep their own units (the pose scales them). */
    Shape scaledShape() {
        double s = scale;
        if (shape instanceof Shape.Box b) {
            return new Shape.Box(b.sx() * s, b.sy() * s, b.sz() * s);
        } else if (shape instanceof Shape.Sphere x) {
            return new Shape.Sphere(x.radius() * s);
        } else if (shape instanceof Shape.Cylinder c) {
            return new Shape.Cylinder(c.radius() * s, c.height() * s);
        } else if (shape instanceof Shape.Plane p) {
            return new Shape.Plane(p.sx() * s, p.sz() * s);
        }
        return shape;
    }

    /**
     * Object to world: translation, then the physics rotation or yaw, pitch and roll (then a
     * library mesh's turn to y-up), then the mesh scale.
     */
    org.joml.Matrix4d pose() {
        if (rotation != null) {
            return new org.joml.Matrix4d().translation(position).rotate(rotation).scale(meshScale());
        }
        org.joml.Matrix4d m = new org.joml.Matrix4d().translation(position)
                .rotateY(Math.toRadians(yawDeg)).rotateX(Math.toRadians(pitchDeg))
                .rotateZ(Math.toRadians(rollDeg));
        if (assetTurn != null) {
            m.rotate(assetTurn);
        }
        return m.scale(meshScale());
    }

    /** The shape as placement sees it: a library mesh's bounds turned to y-up (exact: the turns permute axes). */
    private Shape placedShape() {
        Shape s = scaledShape();
        if (assetTurn == null || !(s instanceof Shape.Mesh m)) {
            return s;
        }
        Vector3d lo = new Vector3d(Double.POSITIVE_INFINITY);
        Vector3d hi = new Vector3d(Double.NEGATIVE_INFINITY);
        for (int c = 0; c < 8; c++) {
            Vector3d v = new Vector3d((c & 1) == 0 ? m.min().x() : m.max().x(), (c & 2) == 0 ? m.min().y() : m.max().y(),
                    (c & 4) == 0 ? m.min().z() : m.max().z());
            assetTurn.transform(v);
            lo.min(v);
            hi.max(v);
        }
        return new Shape.Mesh(m.source(), lo, hi);
    }

    /** Radius of a sphere about the origin that holds the scaled shape in any orientation. */
    double boundingRadius() {
        Shape s = placedShape();
        if (s instanceof Shape.Box b) {
            return Math.sqrt(b.sx() * b.sx() + b.sy() * b.sy() + b.sz() * b.sz()) / 2;
        } else if (s instanceof Shape.Sphere x) {
            return x.radius();
        } else if (s instanceof Shape.Cylinder c) {
            return Math.hypot(c.radius(), c.height() / 2);
        } else if (s instanceof Shape.Mesh m) {
            return new org.joml.Vector3d(Math.max(-m.min().x(), m.max().x()), Math.max(-m.min().y(), m.max().y()),
                    Math.max(-m.min().z(), m.max().z())).length() * meshScale();
        }
        return footprintRadius();
    }

    double meshScale() {
        return shape instanceof Shape.Mesh ? scale * assetScale : 1;
    }

    double footprintRadius() {
        return placedShape().footprintRadius() * meshScale();
    }

    /** How far the origin sits above the surface the object rests on (the scaled shape's half height). */
    double halfHeight() {
        return placedShape().halfHeight() * meshScale();
    }
}
