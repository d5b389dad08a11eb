package dev.facet.engine.scene;

/**
 * The true geometry of an object in its own frame, centred on its origin. These are
 * exactly the shapes of the dataset contract's {@code shape} field.
 */
public sealed interface Shape {

    /** The contract's type name: box, sphere, cylinder, plane or mesh. */
    String type();

    /** Lowest y of the shape in its own frame (how far its origin sits above a surface it rests on). */
    double halfHeight();

    /** Radius of the smallest circle around the y axis that holds the shape's footprint. */
    double footprintRadius();

    /** Full extents along x, y and z. */
    record Box(double sx, double sy, double sz) implements Shape {
        public Box {
            positive(sx, "size x");
            positive(sy, "size y");
            positive(sz, "size z");
        }
        public String type() { return "box"; }
        public double halfHeight() { return sy / 2; }
        public double footprintRadius() { return Math.hypot(sx, sz) / 2; }
    }

    record Sphere(double radius) implements Shape {
        public Sphere {
            positive(radius, "radius");
        }
        public String type() { return "sphere"; }
        public double halfHeight() { return radius; }
        public double footprintRadius() { return radius; }
    }

    /** A cylinder along the y axis. */
    record Cylinder(double radius, double height) implements Shape {
        public Cylinder {
            positive(radius, "radius");
            positive(height, "height");
        }
        public String type() { return "cylinder"; }
        public double halfHeight() { return height / 2; }
        public double footprintRadius() { return radius; }
    }

    /** A plane with normal +y and extents along x and z. */
    record Plane(double sx, double sz) implements Shape {
        public Plane {
            positive(sx, "size x");
            positive(sz, "size z");
        }
        public String type() { return "plane"; }
        public double halfHeight() { return 0; }
        public double footprintRadius() { return Math.hypot(sx, sz) / 2; }
    }

    /**
     * A triangle mesh from a file (glTF 2.0 .gltf/.glb or OBJ), in its own units and frame.
     *
     * @param source an absolute file path, or {@code classpath:/...} for a resource
     * @param min lowest corner of the mesh's axis-aligned bounds in its own frame
     * @param max highest corner
     */
    record Mesh(String source, org.joml.Vector3dc min, org.joml.Vector3dc max) implements Shape {
        public Mesh {
            min = new org.joml.Vector3d(min);
            max = new org.joml.Vector3d(max);
            if (!(max.x() >= min.x() && max.y() >= min.y() && max.z() >= min.z())) {
                throw new IllegalArgumentException("mesh bounds need min <= max on every axis");
            }
        }
        public String type() { return "mesh"; }
        /** Height of the origin above the mesh's lowest point. */
        public double halfHeight() { return -min.y(); }
        public double footprintRadius() {
            return Math.max(Math.max(Math.hypot(min.x(), min.z()), Math.hypot(min.x(), max.z())),
                    Math.max(Math.hypot(max.x(), min.z()), Math.hypot(max.x(), max.z())));
        }
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }
}
