package dev.facet.renderer.pass;

import com.jme3.bounding.BoundingBox;
import com.jme3.bounding.BoundingVolume;
import com.jme3.material.MatParamOverride;
import com.jme3.math.Matrix4f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.shader.VarType;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Texture2D;
import dev.facet.renderer.mirror.PrimitiveMeshes;

/**
 * The sun's shadow map: a depth-only view from the sun, orthographic and fitted each frame
 * to the objects that cast shadows, rendered before the main view with the material's
 * FacetShadow technique. The main pass reads it through scene-wide parameter overrides.
 */
public final class SunShadow extends ShadowTechnique {
    public static final int SIZE = 512;

    private final Camera camera = new Camera(SIZE, SIZE);
    private final ViewPort view;
    private final Texture2D map = depthMap(SIZE, SIZE);
    private final Matrix4f lightViewProjection = new Matrix4f();

    public SunShadow(RenderManager rm, Node root) {
        FrameBuffer fb = new FrameBuffer(SIZE, SIZE, 1);
        fb.setDepthTarget(FrameBufferTarget.newTarget(map));
        camera.setParallelProjection(true);
        view = rm.createPreView("facet-sun-shadow", camera);
        view.setOutputFrameBuffer(fb);
        view.setClearFlags(false, true, false);
        view.attachScene(root);
        view.addProcessor(this);
        root.addMatParamOverride(new MatParamOverride(VarType.Texture2D, "ShadowMap", map));
        root.addMatParamOverride(new MatParamOverride(VarType.Matrix4, "LightViewProjection", lightViewProjection));
        root.addMatParamOverride(new MatParamOverride(VarType.Float, "ShadowTexel", 1f / SIZE));
    }

    /** Points the sun's camera along {@code direction} so that it sees every shadow caster under {@code root}. */
    public void fit(Node root, Vector3f direction) {
        BoundingBox casters = new BoundingBox();
        boolean any = false;
        for (Spatial s : root.getChildren()) {
            Geometry g = (Geometry) ((Node) s).getChild(0);
            if (g.getMesh() == null || PrimitiveMeshes.isPlane(g.getMesh())) {
                continue;
            }
            BoundingVolume b = s.getWorldBound();  // every part of a model
            casters = any ? (BoundingBox) casters.mergeLocal(b) : new BoundingBox((BoundingBox) b);
            any = true;
        }
        Vector3f centre = any ? casters.getCenter() : Vector3f.ZERO;
        float radius = any ? new Vector3f(casters.getXExtent(), casters.getYExtent(), casters.getZExtent()).length() : 1f;
        radius = Math.max(radius, 0.5f) * 1.05f;
        Vector3f dir = direction.normalize();
        camera.setFrustum(0.1f, 2 * radius + 20f, -radius, radius, radius, -radius);
        camera.setLocation(centre.subtract(dir.mult(radius + 10f)));
        Vector3f up = Math.abs(dir.y) > 0.99f ? Vector3f.UNIT_Z : Vector3f.UNIT_Y;
        camera.lookAtDirection(dir, up);
        camera.update();
        camera.updateViewProjection();
        lightViewProjection.set(camera.getViewProjectionMatrix());
    }
}
