package dev.facet.renderer.layers;

import dev.facet.engine.scene.Shape;

/**
 * An object's axis-aligned bounds in its own frame, and the {@code object_coords} convention
 * built on them: each coordinate scaled per axis so that the bounds span [0, 1]
 * ({@code (p - min) / (max - min)}; an axis of zero extent, the plane's y, reads 0.5).
 * Box: ±size/2; sphere: ±r; cylinder (along y): ±r in x and z, ±height/2 in y; plane: ±size/2
 * in x and z, 0 in y; mesh: the file's min and max corners.
 */
public record ObjectBounds(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

    public static ObjectBounds of(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return centred(b.sx() / 2, b.sy() / 2, b.sz() / 2);
        } else if (shape instanceof Shape.Sphere s) {
            return centred(s.radius(), s.radius(), s.radius());
        } else if (shape instanceof Shape.Cylinder c) {
            return centred(c.radius(), c.height() / 2, c.radius());
        } else if (shape instanceof Shape.Plane p) {
            return centred(p.sx() / 2, 0, p.sz() / 2);
        } else if (shape instanceof Shape.Mesh m) {
            return new ObjectBounds(m.min().x(), m.min().y(), m.min().z(), m.max().x(), m.max().y(), m.max().z());
        }
        throw new IllegalArgumentException("unknown shape: " + shape);
    }

    private static ObjectBounds centred(double hx, double hy, double hz) {
        return new ObjectBounds(-hx, -hy, -hz, hx, hy, hz);
    }

    /** Coordinate {@code axis} (0 x, 1 y, 2 z) of an object-frame value, normalised to [0, 1] (clamped). */
    public float normalised(int axis, double value) {
        double lo = axis == 0 ? minX : axis == 1 ? minY : minZ;
        double hi = axis == 0 ? maxX : axis == 1 ? maxY : maxZ;
        if (!(hi > lo)) {
            return 0.5f;
        }
        return (float) Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
    }
}
