package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.run.Pipeline;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.registry.ExporterChoiceError;
import dev.facet.exporters.registry.Exporters;
import dev.facet.renderer.HeadlessRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code facet run SCENARIO}: renders frames and writes the dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Render a scenario and write an aligned dataset (rgb, instance, semantic, depth, meta).")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "A built-in scenario (tabletop, bin, room, sun-sweep, spiral), "
            + "a scenario file (.yaml, .yml, .json), or a dataset.json to run its resolved scenario again.")
    String scenarioName;

    @Option(names = "--frames",
            description = "Number of frames (default: the file's, a sweep's count, else " + FrameRange.DEFAULT_COUNT + ").")
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
            description = "Render on CUDA device N as CUDA_VISIBLE_DEVICES presents them (see `facet doctor`); "
                    + "default: env FACET_GPU, else the first visible CUDA device.")
    Integer gpu;

    @Option(names = "--gpus", paramLabel = "all|0,1,3",
            description = "Render on several GPUs at once: one worker process per GPU, each a shard, merged at the end.")
    String gpus;

    @Option(names = "--workers", paramLabel = "K",
            description = "Worker processes per device (with --gpus: per listed GPU), each a shard, merged at the end.")
    Integer workers;

    @Option(names = "--resume",
            description = "Render only the frames of the range that --out does not hold yet (after a crash or kill).")
    boolean resume;

    @Option(names = "--export", split = ",", paramLabel = "NAME",
            description = "Exporters to run besides core, comma-separated (see `facet exporters`), e.g. coco,yolo; "
                    + "added to those the scenario file names.")
    List<String> export = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @ParentCommand
    Facet facet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (gpus != null || workers != null) {
            return WorkerPool.of(WorkerPool.runArgs(spec), gpus, workers, gpu, out != null ? out
                    : Path.of("out", ScenarioChoice.resolve(scenarioName, facet.meshes()).name()), System.err).run();
        }
        Scenario scenario = ScenarioChoice.resolve(scenarioName, facet.meshes());
        RunSettings run = RunSettings.merge(scenario.name(), new RunSettings.Given(seed, start, frames, width, height,
                export, ExportOptions.given(spec)), scenario.defaults());
        Path dir = OutputFolder.choose(out, scenario.name());
        OutputFolder.checkWritable(dir);
        Pipeline pipeline = RunMemory.ofThisJvm().plan(run.size(), HeadlessRenderer.FRAMES_IN_FLIGHT,
                Pipeline.forThisMachine());
        Integer device = GpuChoice.resolve(gpu, System.err);
        List<Exporter> exporters;
        try {
            exporters = Exporters.select(run.exporters(), run.exporterOptions());
        } catch (ExporterChoiceError e) {
            throw ScenarioExports.relocate(scenario, e);
        }
        PrintStream err = System.err;
        long frames = run.frames().count();
        Resume done = resume ? Resume.scan(dir, run, exporters) : null;
        long toRender = done == null ? frames : frames - done.count();
        if (done != null) {
            err.println("facet: resuming: " + done.count() + " of " + frames + " frames are already in " + dir
                    + "; rendering the other " + toRender);
        }
        long t0 = System.nanoTime();
        try (HeadlessRenderer renderer = HeadlessRenderer.open(device, facet.meshes())) {
            if (renderer.context().fallbackReason() != null) {
                err.println("facet: WARNING: rendering in software on the CPU (" + renderer.context().glRenderer()
                        + ") because " + renderer.context().fallbackReason()
                        + ". This is much slower than a GPU; `facet doctor` says how to fix it.");
            } else {
                err.println("facet: rendering on " + renderer.description());
            }
            OutputFolder.create(dir);
            DatasetInfo info = new DatasetInfo(dir, scenario.name(), scenario.describe(), scenario.categories(),
                    run.seed(), run.frames(), run.size(), Version.VERSION);
            try (Progress progress = Progress.on(err, toRender, System.console() != null)) {
                new RunLoop(scenario, renderer, exporters, pipeline, progress)
                        .run(info, k -> done != null && done.written(k));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("facet: wrote %d frame%s to %s in %.1f s (%.1f frames/s)%n", toRender, toRender == 1 ? "" : "s", dir,
                seconds, toRender / seconds);
        return 0;
    }
}
