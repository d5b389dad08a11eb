package dev.facet.engine.scene;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/** A light besides the sun and the sky: positions in world coordinates, metres. */
public sealed interface Light {

    /** Light emitted in all directions from a point; intensity falls off with distance squared. */
    record Point(Vector3dc position, Rgb color, double intensity) implements Light {
        public Point {
            position = new Vector3d(position);
            if (!(intensity >= 0)) {
                throw new IllegalArgumentException("light intensity must not be negative");
            }
        }
    }

    /**
     * A cone of light from {@code position} along {@code direction}; full strength inside
     * {@code innerAngleDeg}, fading to none at {@code outerAngleDeg} (half-angles).
     */
    record Spot(Vector3dc position, Vector3dc direction, Rgb color, double intensity,
                double innerAngleDeg, double outerAngleDeg) implements Light {
        public Spot {
            position = new Vector3d(position);
            direction = new Vector3d(direction).normalize();
            if (!(intensity >= 0)) {
                throw new IllegalArgumentException("light intensity must not be negative");
            }
            if (!(innerAngleDeg >= 0 && innerAngleDeg <= outerAngleDeg && outerAngleDeg < 90)) {
                throw new IllegalArgumentException("spot angles need 0 <= inner <= outer < 90 degrees");
            }
        }
    }
}
