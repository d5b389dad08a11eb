package dev.facet.scenarios.build;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * The scene maths every way of writing a scenario shares (files, Java scripts through
 * SceneBuilder, the tabletop): the sun's direction and a point on a sphere around a target.
 * The look-at pose and the pinhole camera live in the engine's {@code Camera}. Angles are in
 * degrees, world y is up.
 */
public final class SceneMath {
    private SceneMath() {
    }

    /** The direction sunlight travels, from a sun at {@code elevationDeg} above the horizon and {@code azimuthDeg}. */
    public static Vector3d sunTravel(double elevationDeg, double azimuthDeg) {
        double e = Math.toRadians(elevationDeg);
        double a = Math.toRadians(azimuthDeg);
        return new Vector3d(-Math.cos(e) * Math.sin(a), -Math.sin(e), -Math.cos(e) * Math.cos(a));
    }

    /** The point {@code distance} from {@code target} at an elevation and azimuth (azimuth 0 is +z, 90 is +x). */
    public static Vector3d onSphere(Vector3dc target, double distance, double elevationDeg, double azimuthDeg) {
        double e = Math.toRadians(elevationDeg);
        double a = Math.toRadians(azimuthDeg);
        return new Vector3d(Math.cos(e) * Math.sin(a), Math.sin(e), Math.cos(e) * Math.cos(a)).mul(distance).add(target);
    }
}
