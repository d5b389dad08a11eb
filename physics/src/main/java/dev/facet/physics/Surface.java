package dev.facet.physics;

/**
 * How a body meets others: Coulomb friction, restitution (bounciness, 0..1) and density
 * (kg/m³; its mass is density times the volume of its shape).
 */
public record Surface(double friction, double restitution, double density) {
    /** Wood-like defaults. */
    public static final Surface DEFAULT = new Surface(0.6, 0.1, 500);

    public Surface {
        if (!(friction >= 0) || !(restitution >= 0 && restitution <= 1) || !(density > 0)) {
            throw new IllegalArgumentException("friction >= 0, restitution in 0..1 and density > 0, got "
                    + friction + ", " + restitution + ", " + density);
        }
    }
}
