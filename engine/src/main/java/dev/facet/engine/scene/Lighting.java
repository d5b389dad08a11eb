package dev.facet.engine.scene;

import java.util.List;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A sun (directional light, casting shadows) and a sky that lights every surface from
 * above and a ground colour from below.
 *
 * @param sunDirection the direction the sunlight travels, in world coordinates (unit)
 * @param sunIntensity multiplier on {@code sunColor}; 0 turns the sun off
 * @param lights further point and spot lights
 * @param environment an environment map lighting the scene, or null
 */
public record Lighting(Vector3dc sunDirection, Rgb sunColor, double sunIntensity,
                       Rgb skyColor, Rgb groundColor, double ambientIntensity,
                       List<Light> lights, Environment environment) {
    public Lighting {
        sunDirection = new Vector3d(sunDirection).normalize();
        if (sunIntensity < 0 || ambientIntensity < 0) {
            throw new IllegalArgumentException("light intensities must not be negative");
        }
        lights = List.copyOf(lights);
    }

    /** A sun and a sky, nothing else. */
    public Lighting(Vector3dc sunDirection, Rgb sunColor, double sunIntensity,
                    Rgb skyColor, Rgb groundColor, double ambientIntensity) {
        this(sunDirection, sunColor, sunIntensity, skyColor, groundColor, ambientIntensity, List.of(), null);
    }
}
