package dev.facet.scenarios.tabletop;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneDefaults;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.build.PlainData;
import dev.facet.scenarios.build.SceneMath;
import dev.facet.scenarios.sample.NumberSampler.Uniform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Boxes, spheres and cylinders resting, without touching, on a large ground plane, seen
 * from a random camera under a random sun. Every frame is a pure function of
 * (frame, frameSeed, size); each aspect draws from its own named stream of
 * {@link Streams#stream(long, String)}.
 */
public final class Tabletop implements Scenario {
    public static final String NAME = "tabletop";

    static final Category GROUND = new Category(1, "ground");
    static final int GROUND_ID = 1;
    static final double GROUND_SIZE_M = 40;
    static final Uniform GROUND_ROUGHNESS = new Uniform(0.85, 1.0);
    static final int MIN_OBJECTS = 10;
    static final int MAX_OBJECTS = 30;
    /** Cluster disc radius: the min for MIN_OBJECTS, rising linearly to the max for MAX_OBJECTS. */
    static final Uniform CLUSTER_RADIUS_M = new Uniform(1.0, 1.8);
    static final double GAP_M = 0.02;

    static final Uniform FOV_DEG = new Uniform(40, 60);
    /** Camera distance as a multiple of the distance at which the whole cluster just fits the view. */
    static final Uniform DISTANCE_FIT = new Uniform(0.8, 1.3);
    static final Uniform CAMERA_ELEVATION_DEG = new Uniform(20, 65);
    static final Uniform CAMERA_AZIMUTH_DEG = new Uniform(0, 360);
    static final Uniform TARGET_HEIGHT_M = new Uniform(0.1, 0.2);
    static final double NEAR = 0.05;
    static final double FAR = 200;

    static final Uniform SUN_ELEVATION_DEG = new Uniform(25, 75);
    static final Uniform SUN_AZIMUTH_DEG = new Uniform(0, 360);
    static final Uniform SUN_INTENSITY = new Uniform(2.5, 3.5);
    static final Uniform AMBIENT_INTENSITY = new Uniform(0.3, 0.5);
    static final Rgb SUN_COLOR = SceneDefaults.SUN_COLOR;
    static final Rgb SKY_COLOR = SceneDefaults.SKY_COLOR;
    static final Rgb AMBIENT_GROUND_COLOR = SceneDefaults.AMBIENT_GROUND_COLOR;
    /** Light sky blue (sRGB 135, 206, 235) in linear RGB. */
    static final Rgb BACKGROUND = Rgb.fromSrgb(135 / 255.0, 206 / 255.0, 235 / 255.0);

    private static final List<Category> CATEGORIES =
            List.of(GROUND, Kind.BOX.category, Kind.SPHERE.category, Kind.CYLINDER.category);

    private final int minObjects;
    private final int maxObjects;

    public Tabletop() {
        this(MIN_OBJECTS, MAX_OBJECTS);
    }

    /** A tabletop with exactly {@code objects} primitives on the ground in every frame (benchmarks). */
    public static Tabletop withObjects(int objects) {
        if (objects < 1 || objects > 1000) {
            throw new IllegalArgumentException("objects must lie in 1..1000, got " + objects);
        }
        return new Tabletop(objects, objects);
    }

    private Tabletop(int minObjects, int maxObjects) {
        this.minObjects = minObjects;
        this.maxObjects = maxObjects;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Category> categories() {
        return CATEGORIES;
    }

    @Override
    public Scene scene(long frame, long frameSeed, ImageSize size) {
        int count = Streams.stream(frameSeed, "count").nextInt(minObjects, maxObjects + 1);
        List<SceneObject> objects = new ArrayList<>(count + 1);
        objects.add(ground(Streams.stream(frameSeed, "ground")));
        objects.addAll(primitives(count, frameSeed));
        Vector3d target = new Vector3d(0, 0, 0);  // the cluster is centred on the origin
        Camera camera = camera(Streams.stream(frameSeed, "camera"), size, target, extent(objects));
        Lighting lighting = lighting(Streams.stream(frameSeed, "sun"));
        return new Scene(frame, frameSeed, frame / SceneDefaults.FPS, camera, objects, lighting, BACKGROUND);
    }

    /** Radius of the disc the objects are scattered in (before any growth by {@link Layout}). */
    static double clusterRadius(int count) {
        double t = Math.min(1, Math.max(0, (count - MIN_OBJECTS) / (double) (MAX_OBJECTS - MIN_OBJECTS)));
        return CLUSTER_RADIUS_M.min() + t * (CLUSTER_RADIUS_M.max() - CLUSTER_RADIUS_M.min());
    }

    private static SceneObject ground(SplittableRandom rng) {
        Material material = new Material(GroundColors.draw(rng), GROUND_ROUGHNESS.sample(rng), 0);
        return new SceneObject(GROUND_ID, GROUND, "ground", new Matrix4d(),
                new Shape.Plane(GROUND_SIZE_M, GROUND_SIZE_M), material);
    }

    private static List<SceneObject> primitives(int count, long frameSeed) {
        SplittableRandom shapes = Streams.stream(frameSeed, "shapes");
        SplittableRandom materials = Streams.stream(frameSeed, "materials");
        SplittableRandom layout = Streams.stream(frameSeed, "layout");
        Kind[] kinds = new Kind[count];
        Shape[] shapeOf = new Shape[count];
        double[] radii = new double[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = Primitives.drawKind(shapes);
            shapeOf[i] = Primitives.drawShape(kinds[i], shapes);
            radii[i] = shapeOf[i].footprintRadius();
        }
        double[] yaws = new double[count];
        for (int i = 0; i < count; i++) {
            yaws[i] = 2 * Math.PI * layout.nextDouble();
        }
        double[][] centres = Layout.place(radii, clusterRadius(count), GAP_M, layout);
        List<SceneObject> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = i + 2;
            Matrix4d pose = new Matrix4d()
                    .translation(centres[i][0], shapeOf[i].halfHeight(), centres[i][1])
                    .rotateY(yaws[i]);
            out.add(new SceneObject(id, kinds[i].category, kinds[i].label() + "_" + id, pose, shapeOf[i],
                    Primitives.drawMaterial(materials)));
        }
        return out;
    }

    /** Radius around the origin of a sphere that holds every primitive (the ground excluded). */
    static double extent(List<SceneObject> objects) {
        double r = 0;
        for (SceneObject o : objects) {
            if (o.instanceId() != GROUND_ID) {
                Vector3d c = o.worldFromObject().getTranslation(new Vector3d());
                double reach = Math.hypot(o.shape().footprintRadius(), 2 * o.shape().halfHeight());
                r = Math.max(r, c.length() + reach);
            }
        }
        return r;
    }

    /**
     * A camera at a random distance, elevation and azimuth looking at the cluster; the
     * distance is a random multiple (0.8 to 1.3) of the one at which the sphere around the cluster just
     * fits in the narrower field of view; the sphere is loose, so every object centre stays in view.
     */
    private static Camera camera(SplittableRandom rng, ImageSize size, Vector3d clusterCentre, double extent) {
        double fov = FOV_DEG.sample(rng);
        double narrowFov = Math.min(fov, Math.toDegrees(2 * Math.atan(Math.tan(Math.toRadians(fov) / 2)
                * size.width() / size.height())));
        double distance = DISTANCE_FIT.sample(rng) * extent / Math.sin(Math.toRadians(narrowFov) / 2);
        double elevation = CAMERA_ELEVATION_DEG.sample(rng);
        double azimuth = CAMERA_AZIMUTH_DEG.sample(rng);
        Vector3d target = new Vector3d(clusterCentre.x, TARGET_HEIGHT_M.sample(rng), clusterCentre.z);
        Vector3d eye = SceneMath.onSphere(target, distance, elevation, azimuth);
        return Camera.lookAt(size.width(), size.height(), fov, eye, target, NEAR, FAR);
    }

    private static Lighting lighting(SplittableRandom rng) {
        double elevation = SUN_ELEVATION_DEG.sample(rng);
        Vector3d travel = SceneMath.sunTravel(elevation, SUN_AZIMUTH_DEG.sample(rng));
        double sunIntensity = SUN_INTENSITY.sample(rng);
        double ambient = AMBIENT_INTENSITY.sample(rng);
        return new Lighting(travel, SUN_COLOR, sunIntensity, SKY_COLOR, AMBIENT_GROUND_COLOR, ambient);
    }

    /** Every setting the frames are drawn with (see {@link TabletopDescription}). */
    @Override
    public Map<String, Object> describe() {
        return PlainData.toMap(TabletopDescription.of(minObjects, maxObjects));
    }
}
