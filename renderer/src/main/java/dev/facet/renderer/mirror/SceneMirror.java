package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A jME scene graph that mirrors a {@link Scene}, keyed by instance id. Each frame only
 * what differs is touched: an object's node and material are kept while its id lives;
 * its pose, size and material parameters are updated in place.
 */
public final class SceneMirror {
    public static final String MATERIAL = "facet/Surface.j3md";

    private final AssetManager assets;
    private final Node root = new Node("facet-scene");
    private final Map<Integer, Geometry> byId = new HashMap<>();

    public SceneMirror(AssetManager assets) {
        this.assets = assets;
    }

    public Node root() {
        return root;
    }

    public void sync(Scene scene) {
        Set<Integer> alive = new HashSet<>();
        for (SceneObject o : scene.objects()) {
            alive.add(o.instanceId());
            Geometry g = byId.computeIfAbsent(o.instanceId(), this::create);
            Node node = g.getParent();
            node.setLocalTransform(Poses.transform(o.worldFromObject()));
            PrimitiveMeshes.shape(g, o.shape());
            Material m = g.getMaterial();
            m.setColor("BaseColor", color(o.material().color()));
            m.setFloat("Roughness", (float) o.material().roughness());
            m.setFloat("Metalness", (float) o.material().metalness());
        }
        byId.entrySet().removeIf(e -> {
            if (alive.contains(e.getKey())) {
                return false;
            }
            e.getValue().getParent().removeFromParent();
            return true;
        });
        root.updateLogicalState(0);
        root.updateGeometricState();
    }

    private Geometry create(int instanceId) {
        Node node = new Node("object-" + instanceId);
        Geometry g = new Geometry("shape-" + instanceId);
        Material m = new Material(assets, MATERIAL);
        m.setFloat("InstanceId", instanceId);
        g.setMaterial(m);
        node.attachChild(g);
        root.attachChild(node);
        return g;
    }

    static ColorRGBA color(Rgb c) {
        return new ColorRGBA((float) c.r(), (float) c.g(), (float) c.b(), 1f);
    }
}
