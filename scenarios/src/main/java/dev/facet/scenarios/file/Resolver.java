package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.spec.AmbientSpec;
import dev.facet.scenarios.spec.BackgroundSpec;
import dev.facet.scenarios.spec.CameraKeyframe;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.HandheldSpec;
import dev.facet.scenarios.spec.ObjectKeyframe;
import dev.facet.scenarios.spec.DepthNoiseSpec;
import dev.facet.scenarios.spec.DistortionSpec;
import dev.facet.scenarios.spec.DistractorSpec;
import dev.facet.scenarios.spec.EffectsSpec;
import dev.facet.scenarios.spec.RenderSpec;
import dev.facet.scenarios.spec.EnvironmentSpec;
import dev.facet.scenarios.spec.GroundSpec;
import dev.facet.scenarios.spec.LightSpec;
import dev.facet.scenarios.spec.LightingSpec;
import dev.facet.scenarios.spec.MaterialSpec;
import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.MotionSpec;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.PhysicsSpec;
import dev.facet.scenarios.spec.SequenceSpec;
import dev.facet.scenarios.spec.PlacementSpec;
import dev.facet.scenarios.spec.PoseSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import dev.facet.scenarios.spec.SunSpec;
import dev.facet.scenarios.spec.SweepSpec;
import dev.facet.scenarios.spec.WallsSpec;
import dev.facet.engine.scene.AssetSource;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.SceneDefaults;
import dev.facet.engine.spi.Modality;
import dev.facet.scenarios.check.ScenarioChecks;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;
import dev.facet.scenarios.library.AssetFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Fills every default into a parsed scenario and resolves its file paths against the
 * scenario's folder, so the result says everything the run does: it is what dataset.json
 * records and what {@code facet run dataset.json} reads back.
 */
final class Resolver {
    /** The files a {@code folder} sampler of images lists when it gives no pattern. */
    static final String IMAGES = "**/*.{png,jpg,jpeg,PNG,JPG,JPEG}";
    /** The same for environment maps, which may also be Radiance .hdr. */
    static final String ENVIRONMENTS = "**/*.{hdr,png,jpg,jpeg,HDR,PNG,JPG,JPEG}";
    static final List<Integer> RESOLUTION = List.of(ImageSize.DEFAULT.width(), ImageSize.DEFAULT.height());

    private final UnaryOperator<String> paths;

    /** {@code base}: the folder relative paths resolve against, a file-system path or {@code classpath:/folder}. */
    Resolver(String base) {
        this.paths = p -> resolvePath(base, p);
    }

    static String resolvePath(String base, String p) {
        if (AssetSource.onClassPath(p) || Path.of(p).isAbsolute()) {
            return p;
        }
        if (AssetSource.onClassPath(base)) {
            String b = base.endsWith("/") ? base : base + "/";
            return AssetSource.CLASSPATH + Path.of(b.substring(AssetSource.CLASSPATH.length())).resolve(p).normalize()
                    .toString().replace('\\', '/');
        }
        return Path.of(base).resolve(p).toAbsolutePath().normalize().toString();
    }

    ScenarioSpec resolve(ScenarioSpec f, String defaultName) {
        return new ScenarioSpec(ScenarioSpec.VERSION, or(f.name(), defaultName), f.description(),
                or(f.seed(), 0L), f.frames(),
                f.params() != null ? new LinkedHashMap<>(f.params()) : new LinkedHashMap<>(),
                camera(or(f.camera(), new CameraSpec(null, null, null, null, null, null, null, null, null, null))),
                render(f.render()),
                lighting(or(f.lighting(), new LightingSpec(null, null, null, null))),
                background(or(f.background(), new BackgroundSpec(null, null))),
                ground(or(f.ground(), new GroundSpec(null, null, null, null))),
                walls(f.walls()),
                placement(or(f.placement(), new PlacementSpec(null, null, null, null, null, null, null))),
                objects(f.objects()),
                distractors(f.distractors()),
                sweep(f.sweep()),
                f.sequence() == null ? null : new SequenceSpec(f.sequence().frames(), or(f.sequence().fps(), 30.0)),
                or(f.outputs(), Modality.STANDARD_NAMES),
                f.export() != null ? f.export() : new LinkedHashMap<>(), f.derivedFrom());
    }

    private static CameraSpec camera(CameraSpec c) {
        PoseSpec pose;
        PoseSpec given = c.pose();
        if (given instanceof PoseSpec.LookAt l) {
            pose = new PoseSpec.LookAt(l.eye(), or(l.target(), origin()));
        } else if (given instanceof PoseSpec.Fixed x) {
            pose = x;
        } else if (given instanceof PoseSpec.Orbit o) {
            pose = new PoseSpec.Orbit(or(o.target(), origin()), or(o.distance(), NumberSampler.of(4)),
                    or(o.elevation(), NumberSampler.of(30)), or(o.azimuthStart(), NumberSampler.of(0)), or(o.degreesPerFrame(), 10.0));
        } else if (given instanceof PoseSpec.Dolly d) {
            pose = new PoseSpec.Dolly(d.from(), d.to(), or(d.target(), origin()));
        } else if (given instanceof PoseSpec.Spline sp) {
            pose = sp.keyframes() == null ? sp : new PoseSpec.Spline(sp.keyframes().stream().map(k -> k == null ? null
                    : new CameraKeyframe(k.t(), k.eye(), or(k.target(), origin()))).toList());
        } else {
            PoseSpec.Sampled s = given instanceof PoseSpec.Sampled x ? x : new PoseSpec.Sampled(null, null, null, null);
            pose = new PoseSpec.Sampled(or(s.target(), origin()),
                    or(s.distance(), new NumberSampler.Uniform(3, 5)), or(s.elevation(), new NumberSampler.Uniform(25, 60)),
                    or(s.azimuth(), new NumberSampler.Uniform(0, 360)));
        }
        return new CameraSpec(or(c.resolution(), RESOLUTION), c.intrinsics() != null ? null : or(c.fov(), NumberSampler.of(50)),
                c.intrinsics(), or(c.near(), 0.05), or(c.far(), 100.0), pose, effects(c.effects()), handheld(c.handheld()),
                distortion(c.distortion()), depthNoise(c.depthNoise()));
    }

    /** Absent stays absent; given, every default is filled. */
    private static HandheldSpec handheld(HandheldSpec h) {
        return h == null ? null : new HandheldSpec(or(h.position(), NumberSampler.of(0.005)),
                or(h.rotation(), NumberSampler.of(0.5)), or(h.frequency(), NumberSampler.of(1.5)));
    }

    /** Absent stays absent; given, omitted coefficients of its model are 0 (the other model's stay absent). */
    private static DistortionSpec distortion(DistortionSpec d) {
        if (d == null) {
            return null;
        }
        NumberSampler zero = NumberSampler.of(0);
        boolean opencv = "opencv".equals(d.model());
        return new DistortionSpec(d.model(), or(d.k1(), zero), or(d.k2(), zero), opencv ? or(d.p1(), zero) : d.p1(),
                opencv ? or(d.p2(), zero) : d.p2(), or(d.k3(), zero), opencv ? d.k4() : or(d.k4(), zero));
    }

    /** Absent stays absent; given, defaults are filled for its quantisation (the others' fields stay absent). */
    private static DepthNoiseSpec depthNoise(DepthNoiseSpec n) {
        if (n == null) {
            return null;
        }
        String q = or(n.quantization(), "none");
        boolean disparity = "disparity".equals(q);
        boolean step = "step".equals(q);
        return new DepthNoiseSpec(or(n.stdBase(), NumberSampler.of(0)), or(n.stdZ2(), NumberSampler.of(0)), q,
                disparity ? or(n.baseline(), NumberSampler.of(0.05)) : n.baseline(),
                disparity ? or(n.disparityStep(), NumberSampler.of(0.125)) : n.disparityStep(),
                step ? or(n.depthStep(), NumberSampler.of(0.001)) : n.depthStep(),
                or(n.edgeDropout(), NumberSampler.of(0)), or(n.edgeThreshold(), NumberSampler.of(0.05)));
    }

    /** Absent stays absent (dataset.json of scenarios without it is unchanged); given, every default is filled. */
    private static RenderSpec render(RenderSpec r) {
        if (r == null) {
            return null;
        }
        RenderSpec.AmbientOcclusionSpec ao = r.ambientOcclusion() == null ? null : new RenderSpec.AmbientOcclusionSpec(
                or(r.ambientOcclusion().radius(), 0.25), or(r.ambientOcclusion().intensity(), 1.0));
        RenderSpec.MotionBlurSpec blur = r.motionBlur() == null ? null : new RenderSpec.MotionBlurSpec(
                or(r.motionBlur().shutter(), 0.5), or(r.motionBlur().samples(), 4));
        return new RenderSpec(or(r.antialias(), 1), or(r.toneMapping(), "none"), or(r.exposure(), 0.0),
                or(r.softShadows(), false), or(r.lightShadows(), 0), ao, blur);
    }

    private static EffectsSpec effects(EffectsSpec e) {
        if (e == null) {
            return null;
        }
        EffectsSpec.NoiseSpec n = or(e.noise(), new EffectsSpec.NoiseSpec(null, null));
        return new EffectsSpec(new EffectsSpec.NoiseSpec(or(n.gaussianStd(), NumberSampler.of(0)),
                or(n.poissonScale(), NumberSampler.of(0))), or(e.vignetting(), NumberSampler.of(0)),
                or(e.chromaticAberration(), NumberSampler.of(0)), or(e.jpegQuality(), NumberSampler.of(0)));
    }

    private LightingSpec lighting(LightingSpec l) {
        SunSpec s = or(l.sun(), new SunSpec(null, null, null, null));
        AmbientSpec a = or(l.ambient(), new AmbientSpec(null, null, null));
        List<LightSpec> lights = new ArrayList<>();
        for (LightSpec x : or(l.lights(), List.<LightSpec>of())) {
            if (x instanceof LightSpec.Point p) {
                lights.add(new LightSpec.Point(p.position(), or(p.color(), white()), or(p.intensity(), NumberSampler.of(5))));
            } else if (x instanceof LightSpec.Spot p) {
                lights.add(new LightSpec.Spot(p.position(), or(p.target(), origin()), or(p.color(), white()),
                        or(p.intensity(), NumberSampler.of(10)), or(p.innerAngle(), NumberSampler.of(20)), or(p.outerAngle(), NumberSampler.of(30))));
            }
        }
        EnvironmentSpec e = l.environment() == null ? null : new EnvironmentSpec(
                listed(l.environment().image().map(paths), ENVIRONMENTS),
                or(l.environment().intensity(), NumberSampler.of(1)), or(l.environment().rotation(), NumberSampler.of(0)),
                or(l.environment().background(), false));
        return new LightingSpec(
                new SunSpec(or(s.elevation(), NumberSampler.of(50)), or(s.azimuth(), NumberSampler.of(30)), or(s.intensity(), NumberSampler.of(3)),
                        or(s.color(), linear(SceneDefaults.SUN_COLOR))),
                new AmbientSpec(or(a.skyColor(), linear(SceneDefaults.SKY_COLOR)),
                        or(a.groundColor(), linear(SceneDefaults.AMBIENT_GROUND_COLOR)), or(a.intensity(), NumberSampler.of(0.4))),
                lights, e);
    }

    private BackgroundSpec background(BackgroundSpec b) {
        return new BackgroundSpec(or(b.color(), new ColorSampler.Hex("#87ceeb")),
                b.image() == null ? null : listed(b.image().map(paths), IMAGES));
    }

    private GroundSpec ground(GroundSpec g) {
        return new GroundSpec(or(g.enabled(), true), or(g.size(), List.of(20.0, 20.0)),
                material(g.material(), ColorSampler.linear(0.3, 0.3, 0.3), NumberSampler.of(0.9)), or(g.category(), "ground"));
    }

    private WallsSpec walls(WallsSpec w) {
        if (w == null) {
            return new WallsSpec(false, 2.5, 0.1, material(null, ColorSampler.linear(0.6, 0.6, 0.6), NumberSampler.of(0.9)), "wall");
        }
        return new WallsSpec(or(w.enabled(), true), or(w.height(), 2.5), or(w.thickness(), 0.1),
                material(w.material(), ColorSampler.linear(0.6, 0.6, 0.6), NumberSampler.of(0.9)), or(w.category(), "wall"));
    }

    private static PlacementSpec placement(PlacementSpec p) {
        return new PlacementSpec(or(p.size(), List.of(2.0, 2.0)), or(p.center(), List.of(0.0, 0.0)),
                or(p.height(), 0.0), or(p.gap(), 0.02), p.kind(),
                p.physics() ? or(p.dropHeight(), 0.1) : p.dropHeight(), p.physics() ? or(p.maxTime(), 5.0) : p.maxTime());
    }

    private List<ObjectSpec> objects(List<ObjectSpec> objects) {
        List<ObjectSpec> out = new ArrayList<>();
        for (ObjectSpec o : or(objects, List.<ObjectSpec>of())) {
            ShapeSpec shape = o.shape();
            if (shape instanceof ShapeSpec.Mesh m) {
                shape = new ShapeSpec.Mesh(listed(m.file().map(paths), ShapeSpec.AssetFolder.DEFAULT_PATTERN));
            } else if (shape instanceof ShapeSpec.AssetFolder a) {
                shape = new ShapeSpec.AssetFolder(paths.apply(a.path()), or(a.pattern(), ShapeSpec.AssetFolder.DEFAULT_PATTERN),
                        or(a.category(), ShapeSpec.AssetFolder.FOLDER), a.fit(), or(a.up(), "y"));
            }
            ObjectPose pose;
            if (o.pose() instanceof ObjectPose.Fixed x) {
                pose = new ObjectPose.Fixed(x.position(), or(x.rotation(), List.of(NumberSampler.of(0), NumberSampler.of(0), NumberSampler.of(0))));
            } else {
                ObjectPose.Surface s = o.pose() instanceof ObjectPose.Surface y ? y : new ObjectPose.Surface(null);
                pose = new ObjectPose.Surface(or(s.yaw(), new NumberSampler.Uniform(0, 360)));
            }
            out.add(new ObjectSpec(or(o.name(), o.category()), o.category(), shape,
                    material(o.material(), ColorSampler.linear(0.8, 0.8, 0.8), NumberSampler.of(0.5)),
                    or(o.count(), NumberSampler.of(1)), pose, or(o.scale(), NumberSampler.of(1)), motion(o.motion()),
                    physics(o.physics())));
        }
        return out;
    }

    private static MotionSpec motion(MotionSpec m) {
        if (m == null) {
            return null;
        }
        List<NumberSampler> zero = List.of(NumberSampler.of(0), NumberSampler.of(0), NumberSampler.of(0));
        if (m.keyframes() != null) {  // velocity and spin stay as given: the checks refuse them beside keyframes
            return new MotionSpec(m.velocity(), m.spin(), m.keyframes().stream().map(k -> k == null ? null
                    : new ObjectKeyframe(k.t(), or(k.position(), zero), or(k.rotation(), zero))).toList());
        }
        return new MotionSpec(or(m.velocity(), zero), or(m.spin(), zero), null);
    }

    private static PhysicsSpec physics(PhysicsSpec p) {
        return p == null ? null : new PhysicsSpec(or(p.friction(), NumberSampler.of(0.6)),
                or(p.restitution(), NumberSampler.of(0.1)), or(p.density(), NumberSampler.of(500)));
    }

    private DistractorSpec distractors(DistractorSpec d) {
        if (d == null) {
            return null;
        }
        TextSampler given = or(d.kinds(), new TextSampler.Choice(List.of("box", "sphere", "cylinder"), null));
        TextSampler kinds = given instanceof TextSampler.Folder f
                ? listed(f.map(paths), ShapeSpec.AssetFolder.DEFAULT_PATTERN)
                : given.map(k -> ScenarioChecks.PRIMITIVE_KINDS.contains(k) || !AssetSource.isMesh(k) ? k : paths.apply(k));
        MaterialSpec fallback = new MaterialSpec(new ColorSampler.Hsv(new NumberSampler.Uniform(0, 1), new NumberSampler.Uniform(0.5, 1),
                new NumberSampler.Uniform(0.4, 1)), new NumberSampler.Uniform(0.2, 0.9), NumberSampler.of(0), null, NumberSampler.of(1));
        return new DistractorSpec(or(d.count(), new NumberSampler.IntRange(0, 5)), kinds, or(d.size(), new NumberSampler.Uniform(0.05, 0.2)),
                d.material() == null ? fallback : material(d.material(), fallback.color(), fallback.roughness()),
                or(d.category(), "distractor"));
    }

    private static SweepSpec sweep(SweepSpec s) {
        if (s == null) {
            return null;
        }
        if (s instanceof SweepSpec.Grid g) {
            return new SweepSpec.Grid(or(g.framesPerPoint(), 1), order(g.order(), g.params()), g.params());
        } else if (s instanceof SweepSpec.Zip z) {
            return new SweepSpec.Zip(or(z.framesPerPoint(), 1), order(z.order(), z.params()), z.params());
        }
        SweepSpec.Random r = (SweepSpec.Random) s;
        return new SweepSpec.Random(or(r.framesPerPoint(), 1), r.n(), or(r.seed(), 0L), order(r.order(), r.params()),
                r.params());
    }

    private static List<String> order(List<String> order, Map<String, ?> params) {
        return order != null ? order : List.copyOf(params.keySet());
    }

    private MaterialSpec material(MaterialSpec m, ColorSampler color, NumberSampler roughness) {
        if (m == null) {
            return new MaterialSpec(color, roughness, NumberSampler.of(0), null, NumberSampler.of(1));
        }
        return new MaterialSpec(or(m.color(), color), or(m.roughness(), roughness), or(m.metalness(), NumberSampler.of(0)),
                m.texture() == null ? null : listed(m.texture().map(paths), IMAGES), or(m.textureScale(), NumberSampler.of(1)));
    }

    /**
     * A {@code folder} sampler with its folder listed (its pattern defaulting to {@code pattern});
     * any other sampler as it is. A listing that fails keeps its reason for the checks to report.
     */
    private static TextSampler listed(TextSampler t, String pattern) {
        if (!(t instanceof TextSampler.Folder f)) {
            return t;
        }
        String glob = or(f.pattern(), pattern);
        try {
            return new TextSampler.Listed(f.path(), glob, AssetFolder.list(f.path(), glob), null);
        } catch (IOException e) {
            String why = e.getMessage() != null && e.getMessage().startsWith("not a valid glob") ? e.getMessage()
                    : "cannot list folder " + f.path() + ": " + e.getMessage();
            return new TextSampler.Listed(f.path(), glob, List.of(), why);
        }
    }

    private static List<NumberSampler> origin() {
        return List.of(NumberSampler.of(0), NumberSampler.of(0), NumberSampler.of(0));
    }

    private static ColorSampler linear(Rgb c) {
        return ColorSampler.linear(c.r(), c.g(), c.b());
    }

    private static ColorSampler white() {
        return ColorSampler.linear(1, 1, 1);
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
