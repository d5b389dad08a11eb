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

    /** A mesh loaded from a file; its extent is known only once loaded. */
    record Mesh(String source) implements Shape {
        public String type() { return "mesh"; }
        public double halfHeight() { return 0; }
        public double footprintRadius() { return 0; }
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }
}
