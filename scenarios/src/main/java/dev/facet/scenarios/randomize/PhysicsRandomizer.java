package dev.facet.scenarios.randomize;

import dev.facet.physics.HullPoints;
import dev.facet.physics.PhysicsWorld;
import dev.facet.physics.StaticMeshCache;
import dev.facet.physics.Surface;
import dev.facet.scenarios.spec.PhysicsSpec;
import dev.facet.scenarios.spec.PlacementSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * Physics placement: lifts every object that rests on the surface above its spot, turns it
 * at random, drops it onto the ground, walls and fixed objects (static; a fixed mesh, such as
 * a bin, collides as its triangles, a dropped one as their convex hull) and simulates with a
 * fixed step. A still frame waits until everything rests (or {@code max_time}) and freezes;
 * step t of a sequence shows the world t / fps seconds after the drop. Sequences reuse the
 * world already stepped for an earlier step of the same sequence, which gives the same poses
 * as stepping afresh.
 */
public final class PhysicsRandomizer implements Randomizer {
    /** Simulation steps per frame step (and the still frames' step: 1 / (30 x SUBSTEPS) s). */
    public static final int SUBSTEPS = 4;
    static final double STILL_FPS = 30;
    static final int QUIET_STEPS = 30;
    static final double REST_SPEED = 0.01;
    static final double REST_SPIN = 0.05;

    private final PlacementSpec spec;
    private final List<PhysicsSpec> templates;
    /** Each mesh's triangles (a fixed mesh's collider): those the checks read, then those read on first use. */
    private final Map<String, float[]> triangles = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each mesh's hull points (a dropped mesh's collider), computed once. */
    private final Map<String, float[]> hulls = new java.util.concurrent.ConcurrentHashMap<>();
    /** Reads the triangles of a mesh the checks did not (one an asset folder picks), or null. */
    private final java.util.function.Function<String, float[]> later;
    /** Fixed meshes' triangle colliders, built once and shared by every frame's world. */
    private final StaticMeshCache staticMeshes = new StaticMeshCache();
    private SequenceRun last;

    /**
     * @param templates the physics of each object template by index (null entries: defaults)
     * @param triangles every named mesh's triangles by source (x, y, z of three vertices a triangle)
     * @param later reads the triangles of a mesh not in {@code triangles} when a frame
     * first holds it (an asset folder's pick), null when every mesh is known up front.
     */
    public PhysicsRandomizer(PlacementSpec spec, List<PhysicsSpec> templates, Map<String, float[]> triangles,
                             java.util.function.Function<String, float[]> later) {
        this.spec = spec;
        this.templates = new ArrayList<>(templates);
        this.triangles.putAll(triangles);
        this.later = later;
    }

    public String identity() {
        return "placement.physics";
    }

    public void apply(FrameDraft f) {
        List<ObjectDraft> moving = f.objects.stream().filter(d -> d.restsOnSurface && !d.dropped)
                .sorted(Comparator.comparingInt(d -> d.id)).toList();
        List<Matrix4d> poses;
        if (f.step() == null) {
            try (PhysicsWorld world = new PhysicsWorld(staticMeshes)) {
                build(world, f, moving);
                double dt = 1 / (STILL_FPS * SUBSTEPS);
                world.settle(dt, (int) Math.ceil(spec.maxTime() / dt), QUIET_STEPS, REST_SPEED, REST_SPIN);
                poses = posesOf(world, moving.size());
            }
        } else {
            poses = sequencePoses(f, moving);
        }
        for (int i = 0; i < moving.size(); i++) {
            ObjectDraft d = moving.get(i);
            d.position = poses.get(i).getTranslation(new Vector3d());
            d.rotation = poses.get(i).getNormalizedRotation(new Quaterniond());
        }
    }

    private synchronized List<Matrix4d> sequencePoses(FrameDraft f, List<ObjectDraft> moving) {
        long key = f.rng(identity()).nextLong();
        if (last == null || last.key != key) {
            if (last != null) {
                last.world.close();
            }
            PhysicsWorld world = new PhysicsWorld(staticMeshes);
            build(world, f, moving);
            last = new SequenceRun(key, world, moving.size());
        }
        last.stepTo(f.step(), 1 / (f.fps() * SUBSTEPS));
        return last.poses.get(f.step());
    }

    /** Static bodies first (ground, walls, fixed objects, in id order), then the dropped ones. */
    private void build(PhysicsWorld world, FrameDraft f, List<ObjectDraft> moving) {
        f.objects.stream().filter(d -> !d.restsOnSurface && !d.dropped).sorted(Comparator.comparingInt(d -> d.id))
                .forEach(d -> world.add(d.scaledShape(), d.pose(), meshPoints(d, false), Surface.DEFAULT, false));
        SplittableRandom rng = f.rng(identity());
        double top = spec.height() + spec.dropHeight();
        for (ObjectDraft d : moving) {
            double r = d.boundingRadius();
            Quaterniond turn = new Quaterniond().rotateXYZ(rng.nextDouble(2 * Math.PI), rng.nextDouble(2 * Math.PI),
                    rng.nextDouble(2 * Math.PI));
            Vector3d at = new Vector3d(d.position.x, top + r, d.position.z);
            top += 2 * r + 0.01;
            Matrix4d pose = new Matrix4d().translation(at).rotate(turn).scale(d.meshScale());
            world.add(d.scaledShape(), pose, meshPoints(d, true), surface(d, f), true);
        }
    }

    /** A mesh's triangles (fixed) or hull points (dropped); null for primitives. */
    private float[] meshPoints(ObjectDraft d, boolean dropped) {
        if (!(d.shape instanceof dev.facet.engine.scene.Shape.Mesh m)) {
            return null;
        }
        float[] t = triangles.computeIfAbsent(m.source(), s -> later != null ? later.apply(s) : null);
        if (t == null) {
            throw new IllegalStateException("no triangles were read for the mesh " + m.source());
        }
        return dropped ? hulls.computeIfAbsent(m.source(), s -> HullPoints.of(t)) : t;
    }

    private Surface surface(ObjectDraft d, FrameDraft f) {
        PhysicsSpec p = d.template >= 0 ? templates.get(d.template) : null;
        if (p == null) {
            return Surface.DEFAULT;
        }
        SplittableRandom rng = f.rng("objects[" + d.template + "].physics#" + d.id);
        Map<String, Double> v = f.parameterValues();
        return new Surface(p.friction().sample(rng, v), p.restitution().sample(rng, v), p.density().sample(rng, v));
    }

    /** The dropped bodies' poses; their handles follow the static ones. */
    static List<Matrix4d> posesOf(PhysicsWorld world, int moving) {
        List<Matrix4d> poses = new ArrayList<>();
        for (int h = world.size() - moving; h < world.size(); h++) {
            poses.add(world.pose(h));
        }
        return poses;
    }

    /** One sequence's world and the poses of every step reached so far. */
    private static final class SequenceRun {
        final long key;
        final PhysicsWorld world;
        final int moving;
        final List<List<Matrix4d>> poses = new ArrayList<>();

        SequenceRun(long key, PhysicsWorld world, int moving) {
            this.key = key;
            this.world = world;
            this.moving = moving;
            poses.add(posesOf(world, moving));
        }

        void stepTo(int step, double dt) {
            while (poses.size() <= step) {
                for (int i = 0; i < SUBSTEPS; i++) {
                    world.step(dt);
                }
                poses.add(posesOf(world, moving));
            }
        }
    }
}
