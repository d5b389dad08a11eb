package dev.facet.engine.scene;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A sun (directional light, casting shadows) and a sky that lights every surface from
 * above and a ground colour from below.
 *
 * @param sunDirection the direction the sunlight travels, in world coordinates (unit)
 * @param sunIntensity multiplier on {@code sunColor}
 */
public record Lighting(Vector3dc sunDirection, Rgb sunColor, double sunIntensity,
                       Rgb skyColor, Rgb groundColor, double ambientIntensity) {
    public Lighting {
        sunDirection = new Vector3d(sunDirection).normalize();
        if (sunIntensity < 0 || ambientIntensity < 0) {
            throw new IllegalArgumentException("light intensities must not be negative");
        }
    }
}
