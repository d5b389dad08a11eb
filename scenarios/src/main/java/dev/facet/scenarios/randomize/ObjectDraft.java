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

    /** Object to world: translation, then the physics rotation or yaw, pitch and roll, then the mesh scale. */
    org.joml.Matrix4d pose() {
        if (rotation != null) {
            return new org.joml.Matrix4d().translation(position).rotate(rotation).scale(meshScale());
        }
        return new org.joml.Matrix4d().translation(position)
                .rotateY(Math.toRadians(yawDeg)).rotateX(Math.toRadians(pitchDeg))
                .rotateZ(Math.toRadians(rollDeg)).scale(meshScale());
    }

    /** Radius of a sphere about the origin that holds the scaled shape in any orientation. */
    double boundingRadius() {
        Shape s = scaledShape();
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
        return shape instanceof Shape.Mesh ? scale : 1;
    }

    double footprintRadius() {
        return scaledShape().footprintRadius() * meshScale();
    }

    /** How far the origin sits above the surface the object rests on (the scaled shape's half height). */
    double halfHeight() {
        return scaledShape().halfHeight() * meshScale();
    }
}
