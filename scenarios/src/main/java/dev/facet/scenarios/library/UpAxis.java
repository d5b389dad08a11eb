package dev.facet.scenarios.library;

import java.util.Arrays;
import java.util.List;
import org.joml.Quaterniond;

/**
 * The axis a mesh file calls up, and the rotation that turns it to the world's +y: glTF files
 * are y-up by the standard; scans and CAD exports are often z-up. z-up files turn -90° about x
 * (their -y then faces the world's +z), x-up files +90° about z; the negative axes turn the
 * other way, -y half a turn about x. (Built with {@code rotateX}/{@code rotateZ} on an identity:
 * JOML 1.10.8's {@code Quaterniond.rotationX} gives a wrong quaternion.)
 */
public enum UpAxis {
    X("x", new Quaterniond().rotateZ(Math.PI / 2)),
    Y("y", new Quaterniond()),
    Z("z", new Quaterniond().rotateX(-Math.PI / 2)),
    NEG_X("-x", new Quaterniond().rotateZ(-Math.PI / 2)),
    NEG_Y("-y", new Quaterniond().rotateX(Math.PI)),
    NEG_Z("-z", new Quaterniond().rotateX(Math.PI / 2));

    private final String name;
    private final Quaterniond toYUp;

    UpAxis(String name, Quaterniond toYUp) {
        this.name = name;
        this.toYUp = toYUp;
    }

    /** The names scenario and assets.yaml files use. */
    public static List<String> names() {
        return Arrays.stream(values()).map(a -> a.name).toList();
    }

    /** The axis of that name, or null. */
    public static UpAxis named(String name) {
        return Arrays.stream(values()).filter(a -> a.name.equals(name)).findFirst().orElse(null);
    }

    /** A copy of the rotation from the file's frame to a y-up one. */
    public Quaterniond toYUp() {
        return new Quaterniond(toYUp);
    }
}
