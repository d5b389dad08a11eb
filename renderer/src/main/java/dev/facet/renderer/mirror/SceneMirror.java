package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import dev.facet.engine.scene.RenderLimits;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A jME scene graph that mirrors a {@link Scene}, keyed by instance id. Each frame only
 * what differs is touched: an object's node and material are kept while its id lives;
 * its pose, size and material parameters are updated in place. A model with its own
 * materials draws them ({@link ObjectNode}); the object's material then applies only to
 * the model's triangles that have none.
 */
public final class SceneMirror {
    public static final String MATERIAL = "facet/Surface.j3md";

    private final AssetManager assets;
    private final Node root = new Node("facet-scene");
    private final Map<Integer, ObjectNode> byId = new HashMap<>();
    private final JmeMeshLibrary meshes;
    private final Textures textures;
    private final Sun sun;
    private final SceneLights lights;
    private final Backdrop backdrop;

    /**
     * A mirror loading its materials and images through {@code assets} and its mesh files
     * through {@code meshes} (give it the library scenario loading used: each file is read once).
     */
    public SceneMirror(AssetManager assets, JmeMeshLibrary meshes) {
        this(assets, meshes, RenderLimits.MAX_TEXTURE_SIZE);
    }

    /** A mirror as above whose images are at most {@code maxTextureSize} pixels on a side (the GPU's limit). */
    public SceneMirror(AssetManager assets, JmeMeshLibrary meshes, int maxTextureSize) {
        this.assets = assets;
        this.meshes = meshes;
        textures = new Textures(assets, maxTextureSize, dev.facet.engine.scene.AssetCache.budgetFromEnvironment(),
                meshes.retired());
        sun = new Sun(root);
        lights = new SceneLights(root, textures);
        backdrop = new Backdrop(assets);
    }

    public Node root() {
        return root;
    }

    /** The background pass (environment map or image); attach it to the main view beside {@link #root()}. */
    public Node backdrop() {
        return backdrop.node();
    }

    /** The direction the sun's light travels in the last scene {@link #sync} mirrored. */
    public Vector3f sunDirection() {
        return sun.direction();
    }

    /** The geometry drawing object {@code instanceId} of the last scene {@link #sync} mirrored, or null. */
    public Geometry geometry(int instanceId) {
        ObjectNode o = byId.get(instanceId);
        return o == null ? null : o.silhouette();
    }

    /**
     * What draws the object's amodal mask: its {@link #geometry silhouette}, or, for a model with a
     * part whose file material masks texels out, each part (drawn with that part's alpha test).
     */
    public List<Geometry> amodalGeometries(int instanceId) {
        ObjectNode o = byId.get(instanceId);
        return o == null ? List.of() : o.amodalGeometries();
    }

    public void sync(Scene scene) {
        Set<Integer> alive = new HashSet<>();
        for (SceneObject o : scene.objects()) {
            alive.add(o.instanceId());
            ObjectNode object = byId.computeIfAbsent(o.instanceId(), this::create);
            object.node().setLocalTransform(Poses.transform(o.worldFromObject()));
            object.shape(o.shape(), meshes);
            Material m = object.material();
            var mat = o.material();
            m.setColor("BaseColor", color(mat.color()));
            m.setFloat("Roughness", (float) mat.roughness());
            m.setFloat("Metalness", (float) mat.metalness());
            if (mat.texture() != null) {
                m.setTexture("BaseMap", textures.surface(mat.texture()));
                m.setFloat("TextureScale", (float) mat.textureScale());
            } else if (m.getParam("BaseMap") != null) {
                m.clearParam("BaseMap");
            }
        }
        sun.sync(scene.lighting());
        lights.sync(scene.lighting());
        backdrop.sync(scene, lights, textures);
        byId.entrySet().removeIf(e -> {
            if (alive.contains(e.getKey())) {
                return false;
            }
            e.getValue().node().removeFromParent();
            return true;
        });
        root.updateLogicalState(0);
        root.updateGeometricState();
        meshes.retired().free(root, backdrop.node());
    }

    /** What the image cache holds and has done (the mesh cache's is its library's). */
    public dev.facet.engine.scene.AssetCache.Stats textureCacheStats() {
        return textures.cacheStats();
    }

    private ObjectNode create(int instanceId) {
        Material m = new Material(assets, MATERIAL);
        m.setFloat("InstanceId", instanceId);
        ObjectNode object = new ObjectNode(instanceId, m);
        root.attachChild(object.node());
        return object;
    }

    static ColorRGBA color(Rgb c) {
        return new ColorRGBA((float) c.r(), (float) c.g(), (float) c.b(), 1f);
    }
}
