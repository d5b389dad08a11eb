package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.run.RunPlan;
import dev.facet.engine.scenario.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.engine.spi.Exporters;
import dev.facet.scenarios.file.FileScenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facet run SCENARIO}: renders frames and writes the dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Render a scenario and write an aligned dataset (rgb, instance, semantic, depth, meta).")
final class RunCommand implements Callable<Integer> {

    static final long DEFAULT_FRAMES = 100;
    static final ImageSize DEFAULT_SIZE = new ImageSize(640, 480);

    @Parameters(paramLabel = "SCENARIO", description = "A built-in scenario (tabletop, bin, room, sun-sweep, spiral), "
            + "a scenario file (.yaml, .yml, .json), or a dataset.json to run its resolved scenario again.")
    String scenarioName;

    @Option(names = "--frames", description = "Number of frames (default: the file's, a sweep's count, else 100).")
    Long frames;

    @Option(names = "--start", description = "Index of the first frame (default: 0).")
    Long start;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario>).")
    Path out;

    @Option(names = "--seed", description = "Run seed (default: the file's, else 0).")
    Long seed;

    @Option(names = "--width", description = "Image width in pixels (default: the camera's resolution, else 640).")
    Integer width;

    @Option(names = "--height", description = "Image height in pixels (default: the camera's resolution, else 480).")
    Integer height;

    @Option(names = "--gpu", paramLabel = "N",
            description = "Render on EGL device N (see `facet doctor`); default: env FACET_GPU, else the first GPU.")
    Integer gpu;

    @Option(names = "--resume",
            description = "Render only the frames of the range that --out does not hold yet (after a crash or kill).")
    boolean resume;

    @Option(names = "--export", split = ",", paramLabel = "NAME",
            description = "Exporters to run besides core, comma-separated (see `facet exporters`), e.g. coco,yolo; "
                    + "added to those the scenario file names.")
    List<String> export = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Scenario scenario = ScenarioChoice.resolve(scenarioName);
        FileScenario.RunDefaults file = scenario instanceof FileScenario f ? f.defaults()
                : new FileScenario.RunDefaults(null, null, null, null);
        long frames = this.frames != null ? this.frames : file.frames() != null ? file.frames() : DEFAULT_FRAMES;
        long start = this.start != null ? this.start : file.start() != null ? file.start() : 0;
        long seed = this.seed != null ? this.seed : file.seed() != null ? file.seed() : 0;
        ImageSize fileSize = file.size() != null ? file.size() : DEFAULT_SIZE;
        int width = this.width != null ? this.width : fileSize.width();
        int height = this.height != null ? this.height : fileSize.height();
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
        if (scenario instanceof FileScenario f && f.sweep().swept() && start + frames > f.sweep().frames()) {
            throw new UserError("the sweep of '" + scenario.name() + "' has " + f.sweep().frames()
                    + " frames (0.." + (f.sweep().frames() - 1) + "); --start + --frames must not exceed that");
        }
        Path dir = out != null ? out : Path.of("out", scenario.name());
        OutputFolder.checkWritable(dir);
        Integer device = gpu != null ? gpu : GpuChoice.fromEnvironment();
        ImageSize size = new ImageSize(width, height);
        RunPlan plan = RunPlan.of(seed, start, frames, size);
        List<Exporter> exporters = exporters(scenario);
        PrintStream err = System.err;
        Resume done = resume ? Resume.scan(dir, start, frames, seed, width, height, exporters) : null;
        long toRender = done == null ? frames : frames - done.count();
        if (done != null) {
            err.println("facet: resuming: " + done.count() + " of " + frames + " frames are already in " + dir
                    + "; rendering the other " + toRender);
        }
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
            try (Progress progress = Progress.on(err, toRender, System.console() != null)) {
                new RunLoop(scenario, renderer, exporters, progress).run(plan, info, k -> done != null && done.written(k));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("facet: wrote %d frame%s to %s in %.1f s (%.1f frames/s)%n", toRender, toRender == 1 ? "" : "s", dir,
                seconds, toRender / seconds);
        return 0;
    }

    /**
     * The exporters the scenario file names (with its options), then those of --export;
     * the file's {@code outputs} become the core exporter's; options given on the command
     * line win over the file's.
     */
    private List<Exporter> exporters(Scenario scenario) {
        List<String> names = new ArrayList<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        if (scenario instanceof FileScenario f) {
            options.computeIfAbsent("core", x -> new LinkedHashMap<>()).put("outputs", String.join(",", f.outputs()));
            f.exports().forEach((name, opts) -> {
                names.add(name);
                Map<String, String> o = options.computeIfAbsent(name, x -> new LinkedHashMap<>());
                opts.forEach((k, v) -> o.put(k, String.valueOf(v)));
            });
        }
        names.addAll(export);
        ExportOptions.given(spec).forEach((name, opts) -> options.computeIfAbsent(name, x -> new LinkedHashMap<>()).putAll(opts));
        return Exporters.select(names, options);
    }
}
