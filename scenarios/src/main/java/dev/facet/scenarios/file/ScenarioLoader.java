package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way into scenario files: read, parse strictly, fill defaults, resolve paths,
 * validate ranges and parameters, load every asset. Anything wrong is one
 * {@link ScenarioError} before the first frame. Meshes are read through the injected
 * {@link MeshLibrary} (the renderer's jME-backed one; tests of this module use a bounds-only reader).
 */
public final class ScenarioLoader {
    /** Built-in file scenarios, shipped in the jar under {@link #BUILT_IN_FOLDER}. */
    public static final List<String> BUILT_IN = List.of("bin", "room", "sun-sweep");
    public static final String BUILT_IN_FOLDER = "dev/facet/scenarios/builtin/";

    private final MeshLibrary meshes;

    public ScenarioLoader(MeshLibrary meshes) {
        this.meshes = meshes;
    }

    /** True when {@code arg} names a scenario file rather than a scenario by name. */
    public static boolean looksLikeFile(String arg) {
        return arg.matches("(?i).*\\.(ya?ml|json)$") || arg.contains("/") || Files.isRegularFile(Path.of(arg));
    }

    /** A scenario file (.yaml, .yml, .json), or a dataset.json whose resolved scenario runs again. */
    public FileScenario load(Path file) {
        String label = file.toString();
        if (!label.matches("(?i).*\\.(ya?ml|json)$")) {
            throw new ScenarioError(label, 0, 0, "", "a scenario file ends in .yaml, .yml or .json");
        }
        String text;
        try {
            if (!Files.exists(file)) {
                throw new ScenarioError(label, 0, 0, "", "no such file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ScenarioError(label, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
        Path folder = file.toAbsolutePath().getParent();
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return load(new ScenarioParser.Source(label, text, ScenarioParser.Source.isYaml(label)), folder.toString(), stem);
    }

    public FileScenario loadBuiltIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in scenario file " + name);
        }
        String resource = BUILT_IN_FOLDER + name + ".yaml";
        byte[] bytes;
        try {
            bytes = Sources.read(Sources.CLASSPATH + "/" + resource);
        } catch (IOException e) {
            throw new IllegalStateException("built-in scenario " + resource + " is missing from the jar", e);
        }
        return load(new ScenarioParser.Source(name + ".yaml", new String(bytes, StandardCharsets.UTF_8), true),
                Sources.CLASSPATH + "/" + BUILT_IN_FOLDER, name);
    }

    /** Parses text; relative paths resolve against {@code base} (a folder, or {@code classpath:/folder/}). */
    public FileScenario load(ScenarioParser.Source source, String base, String defaultName) {
        ScenarioParser.Parsed parsed = ScenarioParser.tree(source);
        JsonNode node = parsed.tree();
        FieldPath prefix = FieldPath.ROOT;
        RunDefaults fromDataset = null;
        if (node.has("format_version") && node.has("scenario") && !node.has("facet")) {
            prefix = prefix.field("scenario");
            node = node.get("scenario");
            fromDataset = datasetDefaults(parsed);
            if (!node.isObject()) {
                throw parsed.error(prefix, "expected the resolved scenario of the run");
            }
        }
        ScenarioSpec raw = ScenarioParser.bind(parsed, node, prefix);
        ScenarioParser.Parsed at = new ScenarioParser.Parsed(parsed.tree(), parsed.locator(), source, prefix);
        ScenarioSpec resolved = new Resolver(base).resolve(raw, defaultName);
        Validator validator = new Validator(at, meshes);
        Map<String, Shape.Mesh> loaded = validator.validate(resolved, ScenarioParser.mapper(ScenarioParser.JSON));
        Map<String, double[]> bounds = paramBounds(resolved);
        FileScenario scenario = new FileScenario(resolved, loaded, bounds, fromDataset);
        if (scenario.instanceIds() > 0xFFFF) {
            throw at.error(FieldPath.ROOT.field("objects"), "the scenario can hold " + scenario.instanceIds()
                    + " objects in a frame; instance ids stop at 65535");
        }
        if (scenario.categories().isEmpty()) {
            throw at.error(FieldPath.ROOT.field("objects"), "the scenario draws nothing: add objects or the ground");
        }
        return scenario;
    }

    /** Possible values of every parameter: its default and every value a sweep gives it. */
    static Map<String, double[]> paramBounds(ScenarioSpec f) {
        Map<String, double[]> b = new HashMap<>();
        f.params().forEach((k, v) -> b.put(k, new double[] {v, v}));
        if (f.sweep() != null) {
            dev.facet.scenarios.sweep.SweepPlan.of(f.sweep()).points().forEach(p -> p.forEach((k, v) -> {
                double[] x = b.computeIfAbsent(k, n -> new double[] {v, v});
                x[0] = Math.min(x[0], v);
                x[1] = Math.max(x[1], v);
            }));
        }
        return b;
    }

    private static RunDefaults datasetDefaults(ScenarioParser.Parsed parsed) {
        JsonNode dataset = parsed.tree();
        Long seed = dataset.path("seed").canConvertToLong() ? dataset.path("seed").asLong() : null;
        JsonNode range = dataset.path("frame_range");
        Long start = range.size() == 2 ? range.get(0).asLong() : null;
        Long frames = range.size() == 2 ? range.get(1).asLong() - range.get(0).asLong() + 1
                : dataset.path("frames").canConvertToLong() ? dataset.path("frames").asLong() : null;
        JsonNode size = dataset.path("image_size");
        ImageSize s = null;
        if (!size.isMissingNode()) {
            if (size.size() != 2 || !size.get(0).canConvertToInt() || !size.get(1).canConvertToInt()
                    || size.get(0).asInt() < 1 || size.get(1).asInt() < 1
                    || size.get(0).asInt() > 16384 || size.get(1).asInt() > 16384) {
                throw parsed.error(FieldPath.ROOT.field("image_size"), "expected [width, height] in 1..16384");
            }
            s = new ImageSize(size.get(0).asInt(), size.get(1).asInt());
        }
        return new RunDefaults(seed, start, frames, s, null, Map.of());
    }
}
