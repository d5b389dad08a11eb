package dev.facet.cli;

import dev.facet.engine.scene.Category;
import dev.facet.scenarios.file.FileScenario;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code facet validate FILE}: parses and checks a scenario file and its assets, renders nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (syntax, fields, ranges, parameters, sweeps, asset files) without rendering.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A scenario file (.yaml, .yml, .json), a dataset.json, or a built-in name.")
    String file;

    @Override
    public Integer call() {
        FileScenario s = ScenarioChoice.file(file, true);
        ScenarioExports.check(s);
        String categories = s.categories().stream().map(Category::name).collect(Collectors.joining(", "));
        String sweep = s.sweep().swept()
                ? s.sweep().points().size() + " sweep points x " + s.sweep().framesPerPoint() + " frames = "
                        + s.sweep().frames() + " frames"
                : "no sweep";
        System.out.println(file + ": ok: scenario '" + s.name() + "', " + s.spec().objects().size()
                + " object template(s), " + s.randomizers().size() + " randomizers, categories: " + categories
                + "; " + sweep);
        return 0;
    }
}
