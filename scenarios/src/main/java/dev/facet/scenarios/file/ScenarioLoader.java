package dev.facet.scenarios.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.scene.AssetSource;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.check.AssetBytes;
import dev.facet.scenarios.check.CheckedScenario;
import dev.facet.scenarios.check.ScenarioChecks;
import dev.facet.scenarios.randomize.RandomizerChain;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.ScenarioSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one way into scenario files: read, parse strictly, fill defaults, resolve paths,
 * validate ranges and parameters, load every asset. Anything wrong is one
 * {@link ScenarioError} before the first frame. Meshes are read through the injected
 * {@link MeshLibrary} (the renderer's jME-backed one; tests of this module use a bounds-only reader).
 */
public final class ScenarioLoader {
    /** Built-in file scenarios, shipped in the jar under {@link #BUILT_IN_FOLDER}. */
    public static final List<String> BUILT_IN = List.of("bin", "room", "sun-sweep", "bin-drop", "orbit", "shelf");
    public static final String BUILT_IN_FOLDER = "dev/facet/scenarios/builtin/";

    /** Instance ids are 16-bit in the instance masks. */
    private static final int MAX_INSTANCE_ID = 0xFFFF;

    private final MeshLibrary meshes;
    private final boolean thorough;

    public ScenarioLoader(MeshLibrary meshes) {
        this(meshes, false);
    }

    /**
     * {@code thorough}: load every file of every folder (asset folders, {@code kind: folder}
     * samplers) before returning, as {@code facet validate} does; otherwise ({@code facet run})
     * those are checked by their headers and loaded when a frame first picks them.
     */
    public ScenarioLoader(MeshLibrary meshes, boolean thorough) {
        this.meshes = meshes;
        this.thorough = thorough;
    }

    /** True when {@code arg} names a scenario file rather than a scenario by name. */
    public static boolean looksLikeFile(String arg) {
        return arg.matches(ScenarioFileReader.FILE_NAME) || arg.contains("/") || Files.isRegularFile(Path.of(arg));
    }

    /** A scenario file (.yaml, .yml, .json), or a dataset.json whose resolved scenario runs again. */
    public FileScenario load(Path file) {
        String text = ScenarioFileReader.read(file);
        Path folder = file.toAbsolutePath().getParent();
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return load(new ScenarioText(file.toString(), text, ScenarioText.isYaml(file.toString())), folder.toString(), stem);
    }

    public FileScenario loadBuiltIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in scenario file " + name);
        }
        String folder = AssetSource.CLASSPATH + "/" + BUILT_IN_FOLDER;
        byte[] bytes;
        try {
            bytes = AssetBytes.read(folder + name + ".yaml");
        } catch (IOException e) {
            throw new IllegalStateException("built-in scenario " + name + ".yaml is missing from the jar", e);
        }
        return load(new ScenarioText(name + ".yaml", new String(bytes, StandardCharsets.UTF_8), true), folder, name);
    }

    /**
     * Text to scenario: parse, bind (the scenario a dataset.json records, when it is one),
     * resolve defaults and paths against {@code base} (a folder, or {@code classpath:/folder/}),
     * check, build the randomizers.
     */
    public FileScenario load(ScenarioText source, String base, String defaultName) {
        ParsedText parsed = ScenarioParser.parse(source);
        Optional<DatasetReplay> replay = DatasetReplay.of(parsed);
        FieldPath within = replay.isPresent() ? DatasetReplay.AT : FieldPath.ROOT;
        FieldErrors errors = parsed.errorsWithin(within);
        JsonNode node = replay.map(DatasetReplay::scenario).orElse(parsed.tree());
        ScenarioSpec resolved = new Resolver(base).resolve(ScenarioParser.bind(node, source, errors), defaultName);
        CheckedScenario checked = new ScenarioChecks(errors, meshes, thorough).check(resolved,
                i -> AssetLibraries.of(resolved, i, errors));
        FieldPath objects = FieldPath.ROOT.field("objects");
        RandomizerChain chain = new RandomizerChain(resolved, checked.meshes(), checked.triangles(),
                checked.parameterBounds(),
                checked.libraries(), meshes, (i, file, reason) -> errors.at(objects.index(i).field("shape").field("path"),
                        "cannot read mesh " + file + ": " + reason + " (facet validate loads every asset a scenario can pick)"));
        if (chain.instanceIds() > MAX_INSTANCE_ID) {
            throw errors.at(FieldPath.ROOT.field("objects"), "the scenario can hold " + chain.instanceIds()
                    + " objects in a frame; instance ids stop at " + MAX_INSTANCE_ID);
        }
        if (chain.categories().isEmpty()) {
            throw errors.at(FieldPath.ROOT.field("objects"), "the scenario draws nothing: add objects or the ground");
        }
        return new FileScenario(checked, chain, replay.map(DatasetReplay::defaults).orElse(null), parsed, within);
    }
}
