package dev.facet.renderer.mirror;

import com.jme3.material.MatParamOverride;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.math.Vector4f;
import com.jme3.scene.Node;
import com.jme3.shader.VarType;
import dev.facet.engine.scene.Environment;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.RenderLimits;

/**
 * The scene's point and spot lights and its environment map, as scene-wide parameter
 * overrides on the mirror's root (like the sun's). Lights have inverse-square falloff and
 * cast no shadows; a spot fades smoothly from its inner to its outer half-angle.
 */
public final class SceneLights {
    /** Most point and spot lights a scene may have (the shader's uniform arrays): {@link RenderLimits#MAX_LIGHTS}. */
    public static final int MAX_LIGHTS = RenderLimits.MAX_LIGHTS;

    private final Textures textures;
    private final Vector3f[] positions = new Vector3f[MAX_LIGHTS];
    private final Vector4f[] colors = new Vector4f[MAX_LIGHTS];
    private final Vector4f[] directions = new Vector4f[MAX_LIGHTS];
    private final MatParamOverride count = new MatParamOverride(VarType.Int, "LightCount", 0);
    private final MatParamOverride envMap = new MatParamOverride(VarType.Texture2D, "EnvMap", null);
    private final MatParamOverride envSrgb = new MatParamOverride(VarType.Boolean, "EnvSrgb", false);
    private final MatParamOverride envIntensity = new MatParamOverride(VarType.Float, "EnvIntensity", 0f);
    private final MatParamOverride envMaxLod = new MatParamOverride(VarType.Float, "EnvMaxLod", 0f);
    private final MatParamOverride envSh = new MatParamOverride(VarType.Vector3Array, "EnvSh", zeros());
    private final Vector2f envRotation = new Vector2f(1, 0);
    private Textures.EnvironmentMap environment;

    public SceneLights(Node root, Textures textures) {
        this.textures = textures;
        for (int i = 0; i < MAX_LIGHTS; i++) {
            positions[i] = new Vector3f();
            colors[i] = new Vector4f();
            directions[i] = new Vector4f();
        }
        root.addMatParamOverride(count);
        root.addMatParamOverride(new MatParamOverride(VarType.Vector3Array, "LightPosition", positions));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4Array, "LightColor", colors));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4Array, "LightDirection", directions));
        root.addMatParamOverride(envMap);
        root.addMatParamOverride(envSrgb);
        root.addMatParamOverride(envIntensity);
        root.addMatParamOverride(envMaxLod);
        root.addMatParamOverride(envSh);
        root.addMatParamOverride(new MatParamOverride(VarType.Vector2, "EnvRotation", envRotation));
    }

    /** The environment map of the last {@link #sync}, or null. */
    public Textures.EnvironmentMap environment() {
        return environment;
    }

    /** (cos, sin) of the environment's rotation about y. */
    public Vector2f environmentRotation() {
        return envRotation;
    }

    /**
     * Sets the overrides for {@code lighting}.
     *
     * @throws IllegalArgumentException with more than {@link #MAX_LIGHTS} lights
     */
    public void sync(Lighting lighting) {
        var lights = lighting.lights();
        if (lights.size() > MAX_LIGHTS) {
            throw new IllegalArgumentException("the renderer draws at most " + MAX_LIGHTS
                    + " point and spot lights; the scene has " + lights.size());
        }
        for (int i = 0; i < MAX_LIGHTS; i++) {
            positions[i].set(0, 0, 0);
            colors[i].set(0, 0, 0, 1);
            directions[i].set(0, -1, 0, -2);
        }
        for (int i = 0; i < lights.size(); i++) {
            Light l = lights.get(i);
            if (l instanceof Light.Point p) {
                positions[i].set((float) p.position().x(), (float) p.position().y(), (float) p.position().z());
                float k = (float) p.intensity();
                colors[i].set((float) p.color().r() * k, (float) p.color().g() * k, (float) p.color().b() * k, 1);
            } else if (l instanceof Light.Spot s) {
                positions[i].set((float) s.position().x(), (float) s.position().y(), (float) s.position().z());
                float k = (float) s.intensity();
                float cosOuter = (float) Math.cos(Math.toRadians(s.outerAngleDeg()));
                // smoothstep needs distinct edges: a hard-edged cone fades over a hair
                float cosInner = Math.max((float) Math.cos(Math.toRadians(s.innerAngleDeg())), cosOuter + 1e-4f);
                colors[i].set((float) s.color().r() * k, (float) s.color().g() * k, (float) s.color().b() * k,
                        cosInner);
                directions[i].set((float) s.direction().x(), (float) s.direction().y(), (float) s.direction().z(),
                        cosOuter);
            }
        }
        count.setValue(lights.size());

        Environment env = lighting.environment();
        environment = env == null ? null : textures.environment(env.image());
        if (environment == null) {
            envMap.setValue(null);
            envSrgb.setValue(false);
            envIntensity.setValue(0f);
            return;
        }
        envMap.setValue(environment.texture());
        envSrgb.setValue(environment.srgb());
        envIntensity.setValue((float) env.intensity());
        envMaxLod.setValue(environment.maxLod());
        envSh.setValue(environment.sh());
        double a = Math.toRadians(env.rotationDeg());
        envRotation.set((float) Math.cos(a), (float) Math.sin(a));
    }

    private static Vector3f[] zeros() {
        Vector3f[] v = new Vector3f[9];
        for (int i = 0; i < 9; i++) {
            v[i] = new Vector3f();
        }
        return v;
    }
}
