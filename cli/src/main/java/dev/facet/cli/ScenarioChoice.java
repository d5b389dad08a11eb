package dev.facet.cli;

import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.scenarios.file.FileScenario;
import dev.facet.scenarios.file.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the SCENARIO argument names: a scenario file (.yaml, .yml, .json, or a dataset.json
 * to run again), a built-in scenario file, or a Java scenario found with ServiceLoader.
 */
final class ScenarioChoice {
    private ScenarioChoice() {
    }

    /** A loader that reads mesh files through {@code meshes}: give it the library the renderer draws with. */
    static ScenarioLoader loader(MeshLibrary meshes) {
        return new ScenarioLoader(meshes);
    }

    /** Every scenario name `facet run` knows, sorted. */
    static TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(Scenarios.available().keySet());
        names.addAll(ScenarioLoader.BUILT_IN);
        return names;
    }

    /** The scenario {@code arg} names; a scenario file reads its meshes through {@code meshes}. */
    static Scenario resolve(String arg, MeshLibrary meshes) {
        if (ScenarioLoader.BUILT_IN.contains(arg)) {
            return loader(meshes).loadBuiltIn(arg);
        }
        Map<String, Scenario> java = Scenarios.available();
        if (java.containsKey(arg)) {
            return java.get(arg);
        }
        if (ScenarioLoader.looksLikeFile(arg)) {
            return loader(meshes).load(Path.of(arg));
        }
        throw new UserError("unknown scenario '" + arg + "'; built-in scenarios: " + String.join(", ", names())
                + "; or give a scenario file (.yaml, .yml, .json)");
    }

    /** A scenario file, for `facet validate` and `facet plan`: they render nothing, so they read meshes alone. */
    static FileScenario file(String arg) {
        return file(arg, false);
    }

    /** As {@link #file(String)}; {@code thorough} loads every asset a folder holds (`facet validate`). */
    static FileScenario file(String arg, boolean thorough) {
        ScenarioLoader loader = new ScenarioLoader(new JmeMeshLibrary(), thorough);
        if (ScenarioLoader.BUILT_IN.contains(arg)) {
            return loader.loadBuiltIn(arg);
        }
        return loader.load(Path.of(arg));
    }
}
