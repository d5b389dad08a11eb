package dev.facet.scenarios.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.RenderLimits;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.engine.spi.Modality;
import dev.facet.scenarios.library.AssetLibrary;
import dev.facet.scenarios.library.UpAxis;
import dev.facet.scenarios.spec.DistractorSpec;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.LightingSpec;
import dev.facet.scenarios.spec.MaterialSpec;
import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import dev.facet.scenarios.sweep.SweepChecks;
import dev.facet.scenarios.sweep.SweepPlan;
import dev.facet.scenarios.sample.TextSampler;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a resolved scenario before anything renders, in the order of the file: name and
 * frames, parameters and their references, the sweep, camera and lights, surfaces, objects
 * and distractors, outputs; and loads every asset. The first problem is thrown, pointing at
 * its field.
 */
public final class ScenarioChecks {
    private static final ObjectMapper FILE_FORM = new ObjectMapper();
    /** Shape kinds that need no file. */
    public static final Set<String> PRIMITIVE_KINDS = Set.of("box", "sphere", "cylinder");

    private final FieldErrors errors;
    private final MeshLibrary meshes;
    private final boolean thorough;

    /** {@code thorough}: load every file of every folder as well (facet validate), not just read headers. */
    public ScenarioChecks(FieldErrors errors, MeshLibrary meshes, boolean thorough) {
        this.errors = errors;
        this.meshes = meshes;
        this.thorough = thorough;
    }

    /**
     * Checks {@code f}; {@code library} lists the folder of the asset_folder shape
     * of object {@code i} (and reads its assets.yaml) once that object's own fields have passed.
     */
    public CheckedScenario check(ScenarioSpec f, java.util.function.IntFunction<AssetLibrary> library) {
        Map<Integer, AssetLibrary> libraries = new java.util.LinkedHashMap<>();
        FieldPath root = FieldPath.ROOT;
        if (f.name() == null || !f.name().matches("[A-Za-z0-9._-]+")) {
            throw errors.at(root.field("name"), "a name is letters, digits, '.', '_' and '-', got '" + f.name() + "'");
        }
        if (f.frames() != null && (f.frames() < 1 || f.frames() > FrameRange.LIMIT)) {
            throw errors.at(root.field("frames"), "expected an integer in [1, " + FrameRange.LIMIT + "], got "
                    + f.frames());
        }
        ParameterChecks params = new ParameterChecks(errors);
        params.declared(f.params(), root.field("params"));
        new SweepChecks(errors).check(f.sweep(), f.params().keySet(), root.field("sweep"));
        params.references(FILE_FORM.valueToTree(f), root, f.params().keySet());
        SweepPlan sweep = SweepPlan.of(f.sweep());
        Map<String, double[]> bounds = sweep.parameterBounds(f.params());
        FieldChecks values = new FieldChecks(errors, bounds);
        AssetChecks assets = new AssetChecks(errors, meshes, thorough, f.placement().physics());
        new CameraAndLightChecks(values).camera(f.camera(), root.field("camera"));
        new CameraPathChecks(values).check(f.camera(), f.sequence() != null, root.field("camera"));
        SensorChecks sensor = new SensorChecks(values);
        sensor.distortion(f.camera(), root.field("camera").field("distortion"));
        sensor.depthNoise(f.camera().depthNoise(), root.field("camera").field("depth_noise"));
        RenderChecks render = new RenderChecks(values);
        render.effects(f.camera().effects(), root.field("camera").field("effects"));
        render.render(f.render(), root.field("render"), f.lighting().lights().size(), f.sequence() != null);
        lighting(f.lighting(), root.field("lighting"), values, assets);
        values.color(root.field("background").field("color"), f.background().color());
        if (f.background().image() != null) {
            assets.images(root.field("background").field("image"), f.background().image(), false);
        }
        surfaces(f, values, assets);
        new MotionChecks(errors, values).check(f, sweep);
        for (int i = 0; i < f.objects().size(); i++) {
            object(f.objects().get(i), root.field("objects").index(i), values, assets);
            if (f.objects().get(i).shape() instanceof ShapeSpec.AssetFolder) {
                libraries.put(i, library.apply(i));
                assets.library(root.field("objects").index(i).field("shape"), libraries.get(i));
            }
        }
        if (f.distractors() != null) {
            distractors(f.distractors(), root.field("distractors"), values, assets);
        }
        for (int i = 0; i < f.outputs().size(); i++) {
            if (!Modality.NAMES.contains(f.outputs().get(i))) {
                throw errors.at(root.field("outputs").index(i), "unknown output '" + f.outputs().get(i)
                        + "'; expected one of " + String.join(", ", Modality.NAMES));
            }
            if (f.outputs().get(i).equals(Modality.DEPTH_NOISY.id()) && f.camera().depthNoise() == null) {
                throw errors.at(root.field("outputs").index(i), "the output depth_noisy needs a depth sensor model: "
                        + "add camera.depth_noise");
            }
            if (f.sequence() == null && Modality.named(f.outputs().get(i)).orElseThrow().needsNextScene()) {
                throw errors.at(root.field("outputs").index(i), f.outputs().get(i) + " is the motion from step t to"
                        + " t+1 of a sequence: add sequence: {frames: N, fps: F}, or leave " + f.outputs().get(i)
                        + " out (these frames are stills)");
            }
        }
        return new CheckedScenario(f, sweep, bounds, Map.copyOf(assets.meshes()), Map.copyOf(assets.triangles()),
                Map.copyOf(libraries));
    }

    private static void lighting(LightingSpec l, FieldPath at, FieldChecks values, AssetChecks assets) {
        FieldPath sun = at.field("sun");
        values.atLeastZero(sun.field("intensity"), l.sun().intensity());
        values.finite(sun.field("elevation"), l.sun().elevation());
        values.finite(sun.field("azimuth"), l.sun().azimuth());
        values.color(sun.field("color"), l.sun().color());
        values.color(at.field("ambient").field("sky_color"), l.ambient().skyColor());
        values.color(at.field("ambient").field("ground_color"), l.ambient().groundColor());
        values.atLeastZero(at.field("ambient").field("intensity"), l.ambient().intensity());
        if (l.lights().size() > RenderLimits.MAX_LIGHTS) {
            throw values.err(at.field("lights"), "the renderer draws at most " + RenderLimits.MAX_LIGHTS
                    + " point and spot lights; got " + l.lights().size());
        }
        CameraAndLightChecks lights = new CameraAndLightChecks(values);
        for (int i = 0; i < l.lights().size(); i++) {
            lights.light(l.lights().get(i), at.field("lights").index(i));
        }
        if (l.environment() != null) {
            FieldPath e = at.field("environment");
            assets.images(e.field("image"), l.environment().image(), true);
            values.atLeastZero(e.field("intensity"), l.environment().intensity());
            values.finite(e.field("rotation"), l.environment().rotation());
        }
    }

    private static void surfaces(ScenarioSpec f, FieldChecks values, AssetChecks assets) {
        FieldPath root = FieldPath.ROOT;
        values.extents(root.field("ground").field("size"), f.ground().size(), 2);
        material(root.field("ground").field("material"), f.ground().material(), values, assets);
        values.category(root.field("ground").field("category"), f.ground().category());
        FieldPath w = root.field("walls");
        values.positive(w.field("height"), f.walls().height());
        values.positive(w.field("thickness"), f.walls().thickness());
        material(w.field("material"), f.walls().material(), values, assets);
        values.category(w.field("category"), f.walls().category());
        FieldPath pl = root.field("placement");
        values.extents(pl.field("size"), f.placement().size(), 2);
        values.coordinates(pl.field("center"), f.placement().center(), 2);
        values.finite(pl.field("height"), f.placement().height());
        if (!(f.placement().gap() >= 0) || Double.isInfinite(f.placement().gap())) {
            throw values.err(pl.field("gap"), "expected a number >= 0, got " + FieldChecks.fmt(f.placement().gap()));
        }
    }

    private static void object(ObjectSpec o, FieldPath p, FieldChecks values, AssetChecks assets) {
        FieldPath s = p.field("shape");
        ShapeSpec shape = o.shape();
        boolean library = shape instanceof ShapeSpec.AssetFolder;
        if (library && o.category() != null) {
            throw values.err(p.field("category"), "an asset_folder shape names its objects' categories (shape.category:"
                    + " folder, file or a name); remove this field");
        } else if (!library && o.category() == null) {
            throw values.err(p.field("category"), "missing required field 'category'");
        } else if (!library) {
            values.category(p.field("category"), o.category());
        }
        if (o.name() != null ? o.name().isBlank() : !library) {
            throw values.err(p.field("name"), "expected a non-empty name");
        }
        if (shape instanceof ShapeSpec.Box b) {
            if (b.size().size() != 3 || b.size().stream().anyMatch(Objects::isNull)) {
                throw values.err(s.field("size"), "expected [x, y, z], got " + b.size().size() + " values");
            }
            for (int i = 0; i < 3; i++) {
                values.aboveZero(s.field("size").index(i), b.size().get(i));
            }
        } else if (shape instanceof ShapeSpec.Sphere x) {
            values.aboveZero(s.field("radius"), x.radius());
        } else if (shape instanceof ShapeSpec.Cylinder x) {
            values.aboveZero(s.field("radius"), x.radius());
            values.aboveZero(s.field("height"), x.height());
        } else if (shape instanceof ShapeSpec.Mesh m) {
            assets.meshFiles(s.field("file"), m.file());
        } else if (shape instanceof ShapeSpec.AssetFolder a) {
            assetFolder(a, s, values);
        }
        material(p.field("material"), o.material(), values, assets);
        values.count(p.field("count"), o.count());
        values.aboveZero(p.field("scale"), o.scale());
        if (o.pose() instanceof ObjectPose.Surface x) {
            values.finite(p.field("pose").field("yaw"), x.yaw());
        } else if (o.pose() instanceof ObjectPose.Fixed x) {
            values.vector(p.field("pose").field("position"), x.position());
            values.vector(p.field("pose").field("rotation"), x.rotation());
        }
    }

    private static void assetFolder(ShapeSpec.AssetFolder a, FieldPath s, FieldChecks values) {
        if (UpAxis.named(a.up()) == null) {
            throw values.err(s.field("up"), "expected one of " + String.join(", ", UpAxis.names()) + ", got '" + a.up() + "'");
        }
        if (a.fit() != null && !(a.fit() > 0 && a.fit() < Double.POSITIVE_INFINITY)) {
            throw values.err(s.field("fit"), "expected a number > 0, got " + FieldChecks.fmt(a.fit()));
        }
        if (a.category().isBlank()) {
            throw values.err(s.field("category"), "expected folder, file or a category name");
        }
        if (a.pattern().isBlank()) {
            throw values.err(s.field("pattern"), "expected a non-empty glob");
        }
    }

    private static void distractors(DistractorSpec d, FieldPath p, FieldChecks values, AssetChecks assets) {
        values.count(p.field("count"), d.count());
        values.aboveZero(p.field("size"), d.size());
        material(p.field("material"), d.material(), values, assets);
        values.category(p.field("category"), d.category());
        if (d.kinds() instanceof TextSampler.Listed) {
            assets.meshFiles(p.field("kinds"), d.kinds());
            return;
        }
        List<String> kinds = d.kinds().values();
        for (int i = 0; i < kinds.size(); i++) {
            String k = kinds.get(i);
            if (!PRIMITIVE_KINDS.contains(k)) {
                FieldPath at = d.kinds() instanceof TextSampler.Choice ? p.field("kinds").field("values").index(i) : p.field("kinds");
                if (!dev.facet.engine.scene.AssetSource.isMesh(k)) {
                    throw values.err(at, "expected box, sphere, cylinder or a mesh file (.obj, .gltf, .glb), got '"
                            + FieldChecks.shortName(k) + "'");
                }
                assets.mesh(at, k);
            }
        }
    }

    private static void material(FieldPath p, MaterialSpec m, FieldChecks values, AssetChecks assets) {
        values.color(p.field("color"), m.color());
        values.range(p.field("roughness"), m.roughness(), 0, false, 1, false);
        values.range(p.field("metalness"), m.metalness(), 0, false, 1, false);
        values.aboveZero(p.field("texture_scale"), m.textureScale());
        if (m.texture() != null) {
            assets.images(p.field("texture"), m.texture(), false);
        }
    }
}
