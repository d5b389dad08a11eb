package dev.facet.renderer.pass;

import com.jme3.material.MatParamOverride;
import com.jme3.math.Matrix4f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.shader.VarType;

/**
 * The surface shader's optional outputs, targets 3 and 4 of {@link FrameTargets}: the interpolated
 * vertex normal in the OpenCV camera frame and the point in its object's frame. A parameter
 * override compiles them in only while on, so a run without geometry layers draws exactly as
 * before. While on, each object's geometry gets {@code ObjectFromMesh}, its mesh-to-object
 * transform (the unit primitive's scale and turn, identity for mesh files).
 */
public final class GeometryLayers {
    private final MatParamOverride on = new MatParamOverride(VarType.Boolean, "GeometryLayers", true);
    private final Node root;

    /** Layers of the objects under {@code root}; the backdrop writes "no surface" into them. */
    public GeometryLayers(Node root, Spatial backdrop) {
        this.root = root;
        on.setEnabled(false);
        root.addMatParamOverride(on);
        backdrop.addMatParamOverride(on);
    }

    public void enabled(boolean enabled) {
        on.setEnabled(enabled);
    }

    /** Sets each object's mesh-to-object transform; call after the mirror synced a scene. */
    public void sync() {
        if (!on.isEnabled()) {
            return;
        }
        for (Spatial s : root.getChildren()) {
            if (s instanceof Node node && !node.getChildren().isEmpty() && node.getChild(0) instanceof Geometry g) {
                Matrix4f objectFromMesh = g.getLocalTransform().toTransformMatrix();
                g.getMaterial().setMatrix4("ObjectFromMesh", objectFromMesh);
            }
        }
    }
}
