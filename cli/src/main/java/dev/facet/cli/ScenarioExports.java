package dev.facet.cli;

import dev.facet.engine.spi.Exporter;
import dev.facet.exporters.registry.ExporterChoiceError;
import dev.facet.exporters.registry.Exporters;
import dev.facet.scenarios.file.FileScenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code export} block of a scenario file checked against the exporters on the classpath:
 * an unknown exporter or a bad option is reported at its place in the file, as
 * {@code FILE:LINE:COLUMN: export.coco.xyz: ...}, by {@code facet validate} and {@code facet run}.
 */
final class ScenarioExports {
    private ScenarioExports() {
    }

    /** Throws a located {@link UserError} for the first mistake in the file's export block. */
    static void check(FileScenario scenario) {
        Map<String, Exporter> available = Exporters.available();
        scenario.spec().export().forEach((name, options) -> {
            String at = "export." + name;
            if (!available.containsKey(name)) {
                attempt(scenario, at, () -> Exporters.select(List.of(name), Map.of()));
            }
            options.forEach((key, value) -> {
                Map<String, Object> one = new HashMap<>();
                one.put(key, value);  // the value may be null
                attempt(scenario, at + "." + key, () -> Exporters.options(available.get(name), one));
            });
            attempt(scenario, at, () -> Exporters.select(List.of(name), Map.of(name, options)));
        });
    }

    /** The run refused its exporters: when the file's export block is at fault, say where in the file. */
    static RuntimeException relocate(Object scenario, ExporterChoiceError e) {
        if (scenario instanceof FileScenario file) {
            check(file);
        }
        return e;
    }

    /** Runs {@code check}; its {@link ExporterChoiceError} becomes one located at {@code path}. */
    private static void attempt(FileScenario scenario, String path, Runnable check) {
        try {
            check.run();
        } catch (ExporterChoiceError e) {
            throw new UserError(scenario.locate(path) + ": " + path + ": " + e.getMessage());
        }
    }
}
