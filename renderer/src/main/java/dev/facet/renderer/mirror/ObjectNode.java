package dev.facet.renderer.mirror;

import com.jme3.material.Material;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import dev.facet.engine.scene.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The jME node of one scene object. A primitive, or a model whose only part has no file
 * material, is one geometry drawn with the object's own (Facet) material, as it always was.
 * Any other model is one geometry per {@link ModelPart}: parts with a file material draw a
 * clone of it, parts without draw the object's material. Every geometry of the node writes
 * the object's one instance id.
 */
final class ObjectNode {
    private final int instanceId;
    private final Node node;
    private final Geometry own;
    /** The model whose parts are attached, or null while {@link #own} is. */
    private String model;
    /** All of the attached model's triangles in one geometry, never drawn by the views (the amodal pass draws it). */
    private Geometry whole;

    ObjectNode(int instanceId, Material material) {
        this.instanceId = instanceId;
        node = new Node("object-" + instanceId);
        own = new Geometry("shape-" + instanceId);
        own.setMaterial(material);
        node.attachChild(own);
    }

    Node node() {
        return node;
    }

    /** The object's own material: the one its Facet material parameters go to. */
    Material material() {
        return own.getMaterial();
    }

    /** One geometry with every triangle of the object (its own, or the model's union, with the object's material). */
    Geometry silhouette() {
        return model == null ? own : whole;
    }

    /**
     * What draws the amodal mask: the {@link #silhouette()}, or the attached parts when one of them
     * has a file material that masks texels out ({@code AlphaCutoff}).
     */
    List<Geometry> amodalGeometries() {
        if (model != null) {
            List<Geometry> parts = new java.util.ArrayList<>();
            boolean masked = false;
            for (com.jme3.scene.Spatial s : node.getChildren()) {
                if (s instanceof Geometry g && g != whole) {
                    parts.add(g);
                    masked |= g.getMaterial().getParam("AlphaCutoff") != null;
                }
            }
            if (masked) {
                return parts;
            }
        }
        return List.of(silhouette());
    }

    /**
     * Shows {@code shape}; mesh shapes come from {@code meshes}.
     *
     * @throws UncheckedIOException when a mesh file cannot be read
     */
    void shape(Shape shape, JmeMeshLibrary meshes) {
        if (shape instanceof Shape.Mesh m) {
            List<ModelPart> parts;
            try {
                parts = meshes.parts(m.source());
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            if (parts.size() > 1 || parts.get(0).material() != null) {
                if (!m.source().equals(model)) {
                    attach(m.source(), parts);
                    try {
                        whole = new Geometry("shape-" + instanceId + "-whole", meshes.mesh(m.source()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                    whole.setMaterial(own.getMaterial());
                    whole.setCullHint(com.jme3.scene.Spatial.CullHint.Always);
                    node.attachChild(whole);
                }
                return;
            }
        }
        if (model != null) {
            node.detachAllChildren();
            node.attachChild(own);
            model = null;
        }
        PrimitiveMeshes.shape(own, shape, meshes);
    }

    private void attach(String source, List<ModelPart> parts) {
        node.detachAllChildren();
        for (int i = 0; i < parts.size(); i++) {
            ModelPart p = parts.get(i);
            Geometry g = new Geometry("shape-" + instanceId + "-part-" + i, p.mesh());
            Material m = own.getMaterial();
            if (p.material() != null) {
                m = p.material().clone();
                m.setFloat("InstanceId", instanceId);
            }
            g.setMaterial(m);
            node.attachChild(g);
        }
        model = source;
    }
}
