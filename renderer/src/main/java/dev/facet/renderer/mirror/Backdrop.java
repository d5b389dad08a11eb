package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import com.jme3.util.BufferUtils;
import dev.facet.engine.scene.Environment;
import dev.facet.engine.scene.Scene;

/**
 * What pixels without an object show, when it is more than the clear colour: the
 * environment map (when the scene's environment is a background) or the scene's
 * background image. One screen-covering triangle in jME's sky bucket, drawn after the
 * objects at the far plane with the depth test, so it only colours pixels no object
 * covers; its shader writes 0 to the instance and depth targets. Attach {@link #node()}
 * to the main view as a scene of its own.
 */
public final class Backdrop {
    public static final String MATERIAL = "facet/Backdrop.j3md";

    private final Node node = new Node("facet-backdrop");
    private final Geometry geometry = new Geometry("backdrop", screenTriangle());
    private final Material material;

    public Backdrop(AssetManager assets) {
        material = new Material(assets, MATERIAL);
        geometry.setMaterial(material);
        geometry.setQueueBucket(RenderQueue.Bucket.Sky);
        geometry.setCullHint(Spatial.CullHint.Always);
        node.attachChild(geometry);
        node.updateGeometricState();
    }

    public Node node() {
        return node;
    }

    /** Shows the scene's environment or background image, or nothing (the clear colour). */
    public void sync(Scene scene, SceneLights lights, Textures textures) {
        Environment env = scene.lighting().environment();
        boolean shown = true;
        if (env != null && env.background()) {
            Textures.EnvironmentMap map = lights.environment();
            material.setTexture("EnvMap", map.texture());
            material.setBoolean("EnvSrgb", map.srgb());
            material.setFloat("EnvIntensity", (float) env.intensity());
            material.setVector2("EnvRotation", lights.environmentRotation());
            material.clearParam("Image");
        } else if (scene.backgroundImage() != null) {
            material.setTexture("Image", textures.background(scene.backgroundImage()));
            material.clearParam("EnvMap");
        } else {
            shown = false;
        }
        geometry.setCullHint(shown ? Spatial.CullHint.Never : Spatial.CullHint.Always);
        node.updateLogicalState(0);
        node.updateGeometricState();
    }

    /** A triangle whose clip-space corners (-1,-1), (3,-1), (-1,3) cover the whole screen. */
    private static Mesh screenTriangle() {
        Mesh m = new Mesh();
        m.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(-1, -1, 0, 3, -1, 0, -1, 3, 0));
        m.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createShortBuffer((short) 0, (short) 1, (short) 2));
        m.updateBound();
        m.updateCounts();
        return m;
    }
}
