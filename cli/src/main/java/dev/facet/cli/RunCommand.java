package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.run.RunPlan;
import dev.facet.engine.scenario.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Exporters;
import dev.facet.renderer.HeadlessRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code facet run SCENARIO}: renders frames and writes the dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Render a scenario and write an aligned dataset (rgb, instance, semantic, depth, meta).")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A built-in scenario name (e.g. tabletop).")
    String scenarioName;

    @Option(names = "--frames", description = "Number of frames (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    long frames;

    @Option(names = "--start", description = "Index of the first frame (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long start;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario>).")
    Path out;

    @Option(names = "--seed", description = "Run seed (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long seed;

    @Option(names = "--width", description = "Image width in pixels (default: ${DEFAULT-VALUE}).", defaultValue = "640")
    int width;

    @Option(names = "--height", description = "Image height in pixels (default: ${DEFAULT-VALUE}).", defaultValue = "480")
    int height;

    @Option(names = "--gpu", paramLabel = "N",
            description = "Render on EGL device N (see `facet doctor`); default: env FACET_GPU, else the first GPU.")
    Integer gpu;

    @Option(names = "--export", split = ",", paramLabel = "NAME",
            description = "Exporters to run besides core, comma-separated (see `facet exporters`), e.g. coco,yolo.")
    List<String> export = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Scenario scenario = scenario();
        if (frames < 1) {
            throw new UserError("--frames must be at least 1, got " + frames);
        }
        if (start < 0) {
            throw new UserError("--start must not be negative, got " + start);
        }
        if (frames > 1_000_000 - start) {  // start >= 0 here, so this cannot overflow
            throw new UserError("frame numbers have six digits: --start + --frames must not exceed 1000000");
        }
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new UserError("--width and --height must lie in 1..16384, got " + width + "x" + height);
        }
        Path dir = out != null ? out : Path.of("out", scenario.name());
        OutputFolder.checkWritable(dir);
        Integer device = gpu != null ? gpu : GpuChoice.fromEnvironment();
        ImageSize size = new ImageSize(width, height);
        RunPlan plan = RunPlan.of(seed, start, frames, size);
        List<Exporter> exporters = Exporters.select(export, ExportOptions.given(spec));
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        try (HeadlessRenderer renderer = HeadlessRenderer.open(device)) {
            if (renderer.context().fallbackReason() != null) {
                err.println("facet: WARNING: rendering in software on the CPU (" + renderer.context().glRenderer()
                        + ") because " + renderer.context().fallbackReason()
                        + ". This is much slower than a GPU; `facet doctor` says how to fix it.");
            } else {
                err.println("facet: rendering on " + renderer.description());
            }
            OutputFolder.create(dir);
            DatasetInfo info = new DatasetInfo(dir, scenario.name(), scenario.describe(), seed, start, frames,
                    width, height, scenario.categories(), Version.VERSION);
            try (Progress progress = Progress.on(err, frames, System.console() != null)) {
                new RunLoop(scenario, renderer, exporters, progress).run(plan, info);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("facet: wrote %d frame%s to %s in %.1f s (%.1f frames/s)%n", frames, frames == 1 ? "" : "s", dir, seconds, frames / seconds);
        return 0;
    }

    private Scenario scenario() {
        Map<String, Scenario> builtIn = Scenarios.available();
        Scenario s = builtIn.get(scenarioName);
        if (s != null) {
            return s;
        }
        if (Files.exists(Path.of(scenarioName)) || scenarioName.matches(".*\\.(ya?ml|json)$")) {
            throw new UserError("scenario files are not supported yet ('" + scenarioName
                    + "'); built-in scenarios: " + String.join(", ", builtIn.keySet()));
        }
        throw new UserError("unknown scenario '" + scenarioName + "'; built-in scenarios: "
                + String.join(", ", builtIn.keySet()));
    }
}
