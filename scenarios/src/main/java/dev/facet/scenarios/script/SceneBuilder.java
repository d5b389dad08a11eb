package dev.facet.scenarios.script;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Environment;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneDefaults;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Collects one frame's scene: objects (instance ids given or counted up from 1), camera,
 * lights and background, with sensible defaults for everything but the camera. Used by
 * scripted scenarios and by the file scenarios' randomizers alike.
 */
public final class SceneBuilder {
    private final long frame;
    private final long seed;
    private final ImageSize size;
    private final List<SceneObject> objects = new ArrayList<>();
    private final Set<Integer> ids = new HashSet<>();
    private final List<Light> lights = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private int nextId = 1;
    private double timeS;
    private Camera camera;
    private Vector3dc sunDirection = new Vector3d(-0.3, -0.8, -0.5);
    private Rgb sunColor = SceneDefaults.SUN_COLOR;
    private double sunIntensity = 3;
    private Rgb skyColor = SceneDefaults.SKY_COLOR;
    private Rgb groundColor = SceneDefaults.AMBIENT_GROUND_COLOR;
    private double ambient = 0.4;
    private Environment environment;
    private Rgb background = SceneDefaults.BACKGROUND;
    private String backgroundImage;
    private Rendering rendering = Rendering.DEFAULT;
    private Long sequence;
    private Integer step;

    public SceneBuilder(long frame, long seed, ImageSize size) {
        this.frame = frame;
        this.seed = seed;
        this.size = size;
        this.timeS = frame / SceneDefaults.FPS;
    }

    public long frame() {
        return frame;
    }

    public ImageSize size() {
        return size;
    }

    /** Adds an object with the next free instance id and returns that id. */
    public int add(Category category, String name, Shape shape, Matrix4dc worldFromObject, Material material) {
        while (ids.contains(nextId)) {
            nextId++;
        }
        return add(nextId, category, name, shape, worldFromObject, material);
    }

    /** Adds an object with a chosen instance id (keep it the same for the same object across frames). */
    public int add(int instanceId, Category category, String name, Shape shape, Matrix4dc worldFromObject,
                   Material material) {
        if (!ids.add(instanceId)) {
            throw new IllegalArgumentException("instance id " + instanceId + " is used twice");
        }
        objects.add(new SceneObject(instanceId, category, name, worldFromObject, shape, material));
        return instanceId;
    }

    /** The camera set so far, or null. */
    public Camera camera() {
        return camera;
    }

    public SceneBuilder camera(Camera camera) {
        this.camera = camera;
        return this;
    }

    /** A centred camera with a vertical field of view, at {@code eye} looking at {@code target}. */
    public SceneBuilder lookAt(Vector3dc eye, Vector3dc target, double fovDeg) {
        return camera(Camera.lookAt(size.width(), size.height(), fovDeg, eye, target, 0.05, 100));
    }

    /** @param direction the direction the sunlight travels */
    public SceneBuilder sun(Vector3dc direction, Rgb color, double intensity) {
        this.sunDirection = new Vector3d(direction);
        this.sunColor = color;
        this.sunIntensity = intensity;
        return this;
    }

    public SceneBuilder ambient(Rgb sky, Rgb ground, double intensity) {
        this.skyColor = sky;
        this.groundColor = ground;
        this.ambient = intensity;
        return this;
    }

    public SceneBuilder light(Light light) {
        lights.add(light);
        return this;
    }

    public SceneBuilder environment(Environment environment) {
        this.environment = environment;
        return this;
    }

    public SceneBuilder background(Rgb color) {
        this.background = color;
        return this;
    }

    public SceneBuilder backgroundImage(String image) {
        this.backgroundImage = image;
        return this;
    }

    /** How the colour image is made (anti-aliasing, tone mapping, shadows, camera effects). */
    public SceneBuilder rendering(Rendering r) {
        this.rendering = r;
        return this;
    }

    public SceneBuilder time(double seconds) {
        this.timeS = seconds;
        return this;
    }

    /** Marks the frame as step {@code step} of sequence {@code sequence} (written to its meta). */
    public SceneBuilder sequence(long sequence, int step) {
        this.sequence = sequence;
        this.step = step;
        return this;
    }

    /** Records a condition of this frame (written to its meta under {@code params}). */
    public SceneBuilder param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public Scene build() {
        if (camera == null) {
            throw new IllegalStateException("the scene has no camera: call camera(...) or lookAt(...)");
        }
        Lighting lighting = new Lighting(sunDirection, sunColor, sunIntensity, skyColor, groundColor, ambient,
                lights, environment);
        return new Scene(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, rendering,
                sequence, step);
    }
}
