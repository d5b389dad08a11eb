package dev.facet.renderer.mirror;

import com.jme3.material.MatParamOverride;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.shader.VarType;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Rgb;

/**
 * The scene's sun and ambient light, as scene-wide parameter overrides on the mirror's
 * root: the sun's direction and colour, and the sky and ground colours of the ambient
 * light, each colour scaled by its intensity.
 */
final class Sun {
    private final Vector3f direction = new Vector3f();
    private final ColorRGBA sunColor = new ColorRGBA();
    private final ColorRGBA skyColor = new ColorRGBA();
    private final ColorRGBA groundColor = new ColorRGBA();

    Sun(Node root) {
        root.addMatParamOverride(new MatParamOverride(VarType.Vector3, "SunDirection", direction));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4, "SunColor", sunColor));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4, "SkyColor", skyColor));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4, "GroundColor", groundColor));
    }

    /** The direction the sun's light travels, as of the last {@link #sync}. */
    Vector3f direction() {
        return direction;
    }

    void sync(Lighting l) {
        direction.set((float) l.sunDirection().x(), (float) l.sunDirection().y(), (float) l.sunDirection().z());
        scaled(sunColor, l.sunColor(), l.sunIntensity());
        scaled(skyColor, l.skyColor(), l.ambientIntensity());
        scaled(groundColor, l.groundColor(), l.ambientIntensity());
    }

    private static void scaled(ColorRGBA out, Rgb c, double k) {
        out.set((float) (c.r() * k), (float) (c.g() * k), (float) (c.b() * k), 1f);
    }
}
