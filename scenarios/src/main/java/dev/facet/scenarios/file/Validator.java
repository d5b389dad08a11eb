package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.DistractorSpec;
import dev.facet.scenarios.spec.LightSpec;
import dev.facet.scenarios.spec.MaterialSpec;
import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.PoseSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import dev.facet.scenarios.spec.SweepSpec;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;
import dev.facet.scenarios.sample.Text;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resolved scenario before anything renders: value ranges (over every value a
 * sampler can give), parameter references, sweeps, and that every asset file exists and
 * reads. The first problem is thrown as a {@link ScenarioError} pointing at its field.
 */
final class Validator {
    static final int MAX_COUNT = 1000;

    private final ScenarioParser.Parsed parsed;
    private final MeshLibrary meshes;
    private final Map<String, double[]> paramBounds = new HashMap<>();
    private final Map<String, Shape.Mesh> loadedMeshes = new LinkedHashMap<>();

    Validator(ScenarioParser.Parsed parsed, MeshLibrary meshes) {
        this.parsed = parsed;
        this.meshes = meshes;
    }

    /** Validates and returns the loaded mesh bounds by source. */
    Map<String, Shape.Mesh> validate(ScenarioSpec f, ObjectMapper mapper) {
        FieldPath root = FieldPath.ROOT;
        if (f.name() == null || !f.name().matches("[A-Za-z0-9._-]+")) {
            throw err(root.field("name"), "a name is letters, digits, '.', '_' and '-', got '" + f.name() + "'");
        }
        if (f.frames() != null && (f.frames() < 1 || f.frames() > 1_000_000)) {
            throw err(root.field("frames"), "expected an integer in [1, 1000000], got " + f.frames());
        }
        for (Map.Entry<String, Double> p : f.params().entrySet()) {
            if (!p.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw err(root.field("params").field(p.getKey()), "a parameter name is letters, digits and _");
            }
            if (p.getValue() == null || !Double.isFinite(p.getValue())) {
                throw err(root.field("params").field(p.getKey()), "expected a number, got " + p.getValue());
            }
            paramBounds.put(p.getKey(), new double[] {p.getValue(), p.getValue()});
        }
        sweep(f.sweep(), f.params().keySet(), root.field("sweep"));
        references(mapper.valueToTree(f), root, f.params().keySet());

        camera(f.camera(), root.field("camera"));
        FieldPath l = root.field("lighting");
        range(l.field("sun").field("intensity"), f.lighting().sun().intensity(), 0, false, Double.MAX_VALUE, false);
        finite(l.field("sun").field("elevation"), f.lighting().sun().elevation());
        finite(l.field("sun").field("azimuth"), f.lighting().sun().azimuth());
        color(l.field("sun").field("color"), f.lighting().sun().color());
        color(l.field("ambient").field("sky_color"), f.lighting().ambient().skyColor());
        color(l.field("ambient").field("ground_color"), f.lighting().ambient().groundColor());
        range(l.field("ambient").field("intensity"), f.lighting().ambient().intensity(), 0, false, Double.MAX_VALUE, false);
        for (int i = 0; i < f.lighting().lights().size(); i++) {
            light(f.lighting().lights().get(i), l.field("lights").index(i));
        }
        if (f.lighting().environment() != null) {
            FieldPath e = l.field("environment");
            images(e.field("image"), f.lighting().environment().image());
            range(e.field("intensity"), f.lighting().environment().intensity(), 0, false, Double.MAX_VALUE, false);
            finite(e.field("rotation"), f.lighting().environment().rotation());
        }
        color(root.field("background").field("color"), f.background().color());
        if (f.background().image() != null) {
            images(root.field("background").field("image"), f.background().image());
        }
        extents(root.field("ground").field("size"), f.ground().size(), 2);
        material(root.field("ground").field("material"), f.ground().material());
        category(root.field("ground").field("category"), f.ground().category());
        FieldPath w = root.field("walls");
        positive(w.field("height"), f.walls().height());
        positive(w.field("thickness"), f.walls().thickness());
        material(w.field("material"), f.walls().material());
        category(w.field("category"), f.walls().category());
        FieldPath pl = root.field("placement");
        extents(pl.field("size"), f.placement().size(), 2);
        coordinates(pl.field("center"), f.placement().center(), 2);
        if (!Double.isFinite(f.placement().height())) {
            throw err(pl.field("height"), "expected a finite number");
        }
        if (!(f.placement().gap() >= 0) || Double.isInfinite(f.placement().gap())) {
            throw err(pl.field("gap"), "expected a number >= 0, got " + fmt(f.placement().gap()));
        }
        for (int i = 0; i < f.objects().size(); i++) {
            object(f.objects().get(i), root.field("objects").index(i));
        }
        if (f.distractors() != null) {
            distractors(f.distractors(), root.field("distractors"));
        }
        Set<String> known = Set.of("rgb", "instance", "semantic", "depth");
        for (int i = 0; i < f.outputs().size(); i++) {
            if (!known.contains(f.outputs().get(i))) {
                throw err(root.field("outputs").index(i), "unknown output '" + f.outputs().get(i)
                        + "'; expected one of rgb, instance, semantic, depth");
            }
        }
        return loadedMeshes;
    }

    private void sweep(SweepSpec s, Set<String> declared, FieldPath p) {
        if (s == null) {
            return;
        }
        if (s.framesPerPoint() < 1) {
            throw err(p.field("frames_per_point"), "expected an integer >= 1, got " + s.framesPerPoint());
        }
        Map<String, ?> params = s instanceof SweepSpec.Grid g ? g.params()
                : s instanceof SweepSpec.Zip z ? z.params() : ((SweepSpec.Random) s).params();
        if (params.isEmpty()) {
            throw err(p.field("params"), "a sweep varies at least one parameter");
        }
        if (s.order() != null && !(s.order().size() == params.size() && new java.util.HashSet<>(s.order()).equals(params.keySet()))) {
            throw err(p.field("order"), "order must name every swept parameter once: " + String.join(", ", params.keySet()));
        }
        long points = 1;
        Integer zipLength = null;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            FieldPath at = p.field("params").field(e.getKey());
            if (!declared.contains(e.getKey())) {
                throw err(at, "'" + e.getKey() + "' is not a declared parameter; declare it with a default under `params:`"
                        + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")"));
            }
            double[] b = paramBounds.get(e.getKey());
            if (e.getValue() instanceof List<?> values) {
                if (values.isEmpty()) {
                    throw err(at, "expected at least one value");
                }
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (!(v instanceof Double d) || !Double.isFinite(d)) {
                        throw err(at.index(i), "expected a number, got " + v);
                    }
                    b[0] = Math.min(b[0], d);
                    b[1] = Math.max(b[1], d);
                }
                if (s instanceof SweepSpec.Grid) {
                    points *= values.size();
                } else if (zipLength == null) {
                    zipLength = values.size();
                    points = zipLength;
                } else if (zipLength != values.size()) {
                    throw err(at, "zip needs lists of the same length: " + values.size() + " values here, "
                            + zipLength + " in the first list");
                }
            } else if (e.getValue() instanceof Num n) {
                if (n instanceof Num.Param) {
                    throw err(at, "a random sweep draws from samplers, not from parameters");
                }
                double[] nb = n.bounds(Map.of());
                b[0] = Math.min(b[0], nb[0]);
                b[1] = Math.max(b[1], nb[1]);
            } else {
                throw err(at, "expected a list of numbers");
            }
            if (points > 1_000_000) {
                throw err(p.field("params"), "the sweep has more than 1000000 points");
            }
        }
        if (s instanceof SweepSpec.Random r) {
            if (r.n() < 1 || r.n() > 1_000_000) {
                throw err(p.field("n"), "expected an integer in [1, 1000000], got " + r.n());
            }
            points = r.n();
        }
        if (points * s.framesPerPoint() > 1_000_000) {
            throw err(p.field("frames_per_point"), "the sweep has " + points + " points x " + s.framesPerPoint()
                    + " frames, more than the 1000000 frame numbers");
        }
    }

    /** Every "$name" in the model names a declared parameter. */
    private void references(JsonNode node, FieldPath at, Set<String> declared) {
        if (node.isTextual() && node.asText().startsWith("$")) {
            String name = node.asText().substring(1);
            if (!declared.contains(name)) {
                throw err(at, "unknown parameter '$" + name + "'; declare it under `params:`"
                        + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                references(e.getValue(), at.field(e.getKey()), declared);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at.index(i), declared);
            }
        }
    }

    private void camera(CameraSpec c, FieldPath p) {
        List<Integer> r = c.resolution();
        if (r.size() != 2 || r.stream().anyMatch(java.util.Objects::isNull)) {
            throw err(p.field("resolution"), "expected [width, height], got " + r);
        }
        for (int i = 0; i < 2; i++) {
            if (r.get(i) < 1 || r.get(i) > 16384) {
                throw err(p.field("resolution").index(i), "expected an integer in [1, 16384], got " + r.get(i));
            }
        }
        if (c.intrinsics() != null) {
            FieldPath k = p.field("intrinsics");
            positive(k.field("fx"), c.intrinsics().fx());
            positive(k.field("fy"), c.intrinsics().fy());
            if (!Double.isFinite(c.intrinsics().cx())) {
                throw err(k.field("cx"), "expected a finite number");
            }
            if (!Double.isFinite(c.intrinsics().cy())) {
                throw err(k.field("cy"), "expected a finite number");
            }
            if (c.fov() != null) {
                throw err(p.field("fov"), "give either fov or intrinsics, not both");
            }
        } else {
            range(p.field("fov"), c.fov(), 0, true, 180, true);
        }
        positive(p.field("near"), c.near());
        if (!(c.far() > c.near()) || Double.isInfinite(c.far())) {
            throw err(p.field("far"), "expected a number greater than near (" + fmt(c.near()) + "), got " + fmt(c.far()));
        }
        FieldPath pose = p.field("pose");
        PoseSpec given = c.pose();
        if (given instanceof PoseSpec.LookAt l) {
            {
                vector(pose.field("eye"), l.eye());
                vector(pose.field("target"), l.target());
            }
        } else if (given instanceof PoseSpec.Fixed x) {
            {
                List<List<Double>> m = x.worldToCamera();
                boolean ok = m.size() == 4 && m.stream().allMatch(row -> row != null && row.size() == 4
                        && row.stream().allMatch(v -> v != null && Double.isFinite(v)));
                if (!ok || !m.get(3).equals(List.of(0.0, 0.0, 0.0, 1.0))) {
                    throw err(pose.field("world_to_camera"), "expected a 4x4 matrix (rows) whose last row is [0, 0, 0, 1]");
                }
            }
        } else if (given instanceof PoseSpec.Orbit o) {
            {
                vector(pose.field("target"), o.target());
                range(pose.field("distance"), o.distance(), 0, true, Double.MAX_VALUE, false);
                range(pose.field("elevation"), o.elevation(), -90, true, 90, true);
                finite(pose.field("azimuth_start"), o.azimuthStart());
                if (!Double.isFinite(o.degreesPerFrame())) {
                    throw err(pose.field("degrees_per_frame"), "expected a finite number");
                }
            }
        } else if (given instanceof PoseSpec.Sampled s) {
            vector(pose.field("target"), s.target());
            range(pose.field("distance"), s.distance(), 0, true, Double.MAX_VALUE, false);
            range(pose.field("elevation"), s.elevation(), -90, true, 90, true);
            finite(pose.field("azimuth"), s.azimuth());
        }
    }

    private void light(LightSpec light, FieldPath p) {
        if (light instanceof LightSpec.Point x) {
            {
                vector(p.field("position"), x.position());
                color(p.field("color"), x.color());
                range(p.field("intensity"), x.intensity(), 0, false, Double.MAX_VALUE, false);
            }
        } else if (light instanceof LightSpec.Spot x) {
            {
                vector(p.field("position"), x.position());
                vector(p.field("target"), x.target());
                color(p.field("color"), x.color());
                range(p.field("intensity"), x.intensity(), 0, false, Double.MAX_VALUE, false);
                range(p.field("inner_angle"), x.innerAngle(), 0, false, 90, true);
                range(p.field("outer_angle"), x.outerAngle(), 0, false, 90, true);
                if (x.innerAngle().bounds(paramBounds)[1] > x.outerAngle().bounds(paramBounds)[0]) {
                    throw err(p.field("inner_angle"), "the inner angle must not exceed the outer angle");
                }
            }
        }
    }

    private void object(ObjectSpec o, FieldPath p) {
        category(p.field("category"), o.category());
        if (o.name() == null || o.name().isBlank()) {
            throw err(p.field("name"), "expected a non-empty name");
        }
        FieldPath s = p.field("shape");
        ShapeSpec shape = o.shape();
        if (shape instanceof ShapeSpec.Box b) {
            {
                if (b.size().size() != 3 || b.size().stream().anyMatch(java.util.Objects::isNull)) {
                    throw err(s.field("size"), "expected [x, y, z], got " + b.size().size() + " values");
                }
                for (int i = 0; i < 3; i++) {
                    range(s.field("size").index(i), b.size().get(i), 0, true, Double.MAX_VALUE, false);
                }
            }
        } else if (shape instanceof ShapeSpec.Sphere x) {
            range(s.field("radius"), x.radius(), 0, true, Double.MAX_VALUE, false);
        } else if (shape instanceof ShapeSpec.Cylinder x) {
            range(s.field("radius"), x.radius(), 0, true, Double.MAX_VALUE, false);
            range(s.field("height"), x.height(), 0, true, Double.MAX_VALUE, false);
        } else if (shape instanceof ShapeSpec.Mesh m) {
            meshes(s.field("file"), m.file());
        }
        material(p.field("material"), o.material());
        count(p.field("count"), o.count());
        range(p.field("scale"), o.scale(), 0, true, Double.MAX_VALUE, false);
        if (o.pose() instanceof ObjectPose.Surface x) {
            finite(p.field("pose").field("yaw"), x.yaw());
        } else if (o.pose() instanceof ObjectPose.Fixed x) {
            vector(p.field("pose").field("position"), x.position());
            vector(p.field("pose").field("rotation"), x.rotation());
        }
    }

    private void distractors(DistractorSpec d, FieldPath p) {
        count(p.field("count"), d.count());
        range(p.field("size"), d.size(), 0, true, Double.MAX_VALUE, false);
        material(p.field("material"), d.material());
        category(p.field("category"), d.category());
        List<String> kinds = d.kinds().values();
        for (int i = 0; i < kinds.size(); i++) {
            String k = kinds.get(i);
            if (!Resolver.PRIMITIVE_KINDS.contains(k)) {
                FieldPath at = d.kinds() instanceof Text.Choice ? p.field("kinds").field("values").index(i) : p.field("kinds");
                if (!k.matches("(?i).*\\.(obj|gltf|glb)$")) {
                    throw err(at, "expected box, sphere, cylinder or a mesh file (.obj, .gltf, .glb), got '"
                            + shortName(k) + "'");
                }
                mesh(at, k);
            }
        }
    }

    private void material(FieldPath p, MaterialSpec m) {
        color(p.field("color"), m.color());
        range(p.field("roughness"), m.roughness(), 0, false, 1, false);
        range(p.field("metalness"), m.metalness(), 0, false, 1, false);
        range(p.field("texture_scale"), m.textureScale(), 0, true, Double.MAX_VALUE, false);
        if (m.texture() != null) {
            images(p.field("texture"), m.texture());
        }
    }

    private void count(FieldPath p, Num n) {
        range(p, n, 0, false, MAX_COUNT, false);
        boolean integral = n instanceof Num.Constant c ? c.value() == Math.rint(c.value())
                : n instanceof Num.Choice c ? c.values().stream().allMatch(v -> v == Math.rint(v))
                : n instanceof Num.IntRange || n instanceof Num.Param;
        if (!integral) {
            throw err(p, "a count is a whole number: a constant, int_range, choice of whole numbers or $parameter");
        }
    }

    private void color(FieldPath p, ColorSpec c) {
        for (Map.Entry<String, Num> e : c.channels().entrySet()) {
            range(p.append(e.getKey()), e.getValue(), 0, false, 1, false);
        }
    }

    private void category(FieldPath p, String name) {
        if (name == null || name.isBlank()) {
            throw err(p, "expected a non-empty category name");
        }
    }

    private void vector(FieldPath p, List<Num> v) {
        if (v == null || v.size() != 3 || v.stream().anyMatch(java.util.Objects::isNull)) {
            throw err(p, "expected [x, y, z], got " + (v == null ? "nothing" : v.size() + " values"));
        }
        for (int i = 0; i < 3; i++) {
            finite(p.index(i), v.get(i));
        }
    }

    private void extents(FieldPath p, List<Double> v, int n) {
        coordinates(p, v, n);
        for (int i = 0; i < n; i++) {
            if (!(v.get(i) > 0)) {
                throw err(p.index(i), "expected a number > 0, got " + fmt(v.get(i)));
            }
        }
    }

    private void coordinates(FieldPath p, List<Double> v, int n) {
        if (v.size() != n || v.stream().anyMatch(java.util.Objects::isNull)) {
            throw err(p, "expected " + n + " numbers, got " + v.size());
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v.get(i))) {
                throw err(p.index(i), "expected a finite number");
            }
        }
    }

    private void positive(FieldPath p, Double v) {
        if (v == null || !(v > 0) || Double.isInfinite(v)) {
            throw err(p, "expected a number > 0, got " + fmt(v));
        }
    }

    private void finite(FieldPath p, Num n) {
        range(p, n, -Double.MAX_VALUE, false, Double.MAX_VALUE, false);
    }

    /** Every value {@code n} can take lies in the interval (open or closed at each end). */
    private void range(FieldPath p, Num n, double lo, boolean loOpen, double hi, boolean hiOpen) {
        double[] b = n.bounds(paramBounds);
        boolean ok = (loOpen ? b[0] > lo : b[0] >= lo) && (hiOpen ? b[1] < hi : b[1] <= hi);
        if (ok) {
            return;
        }
        String interval = hi == Double.MAX_VALUE
                ? (lo == -Double.MAX_VALUE ? "a finite number" : "a number " + (loOpen ? "> " : ">= ") + fmt(lo))
                : "a number in " + (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + (hiOpen ? ")" : "]");
        if (n instanceof Num.Constant c) {
            throw err(p, "expected " + interval + ", got " + fmt(c.value()));
        }
        String reach = b[0] == b[1] ? fmt(b[0]) : "[" + fmt(b[0]) + ", " + fmt(b[1]) + "]";
        throw err(p, "expected " + interval + ", but the " + (n instanceof Num.Param ? "parameter" : "sampler")
                + " can give " + reach);
    }

    private void meshes(FieldPath p, Text files) {
        List<String> values = files.values();
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = files instanceof Text.Choice ? p.field("values").index(i) : p;
            String v = values.get(i);
            if (!v.matches("(?i).*\\.(obj|gltf|glb)$")) {
                throw err(at, "expected a mesh file (.obj, .gltf, .glb), got '" + shortName(v) + "'");
            }
            mesh(at, v);
        }
    }

    private void mesh(FieldPath at, String source) {
        if (loadedMeshes.containsKey(source)) {
            return;
        }
        try {
            loadedMeshes.put(source, meshes.load(source));
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.toString();
            throw err(at, m.startsWith("cannot read mesh ") ? m : "cannot read mesh " + source + ": " + m);
        }
    }

    private void images(FieldPath p, Text files) {
        List<String> values = files.values();
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = files instanceof Text.Choice ? p.field("values").index(i) : p;
            try {
                Images.check(values.get(i));
            } catch (IOException e) {
                throw err(at, "cannot read image " + values.get(i) + ": " + e.getMessage());
            }
        }
    }

    private static String shortName(String path) {
        return path.length() > 80 ? "..." + path.substring(path.length() - 77) : path;
    }

    static String fmt(Double v) {
        if (v == null) {
            return "nothing";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return Double.toString(v);
    }

    private ScenarioError err(FieldPath p, String problem) {
        return parsed.error(p, problem);
    }

    static Set<String> names(Map<String, ?> m) {
        return new LinkedHashSet<>(m.keySet());
    }
}
