package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.run.Pipeline;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.registry.ExporterChoiceError;
import dev.facet.exporters.registry.Exporters;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.readback.PixelReadback;
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

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Render shard I of N (from 0): the block [start + floor(I*F/N), start + floor((I+1)*F/N)) "
                    + "of the F frames; default: from JOB_COMPLETION_INDEX (with --shards or FACET_SHARDS) or "
                    + "SLURM_ARRAY_TASK_ID, else the whole run.")
    String shard;

    @Option(names = "--shards", paramLabel = "N",
            description = "The number of shards, for a shard index taken from JOB_COMPLETION_INDEX.")
    Integer shards;

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
        checkExportNames();
        if (gpus != null || workers != null) {
            return WorkerPool.of(WorkerPool.runArgs(spec), gpus, workers, gpu, out != null ? out
                    : Path.of("out", ScenarioChoice.resolve(scenarioName, facet.meshes()).name()), System.err).run();
        }
        Scenario scenario = ScenarioChoice.resolve(scenarioName, facet.meshes());
        RunSettings run = RunSettings.merge(scenario.name(), new RunSettings.Given(seed, start, frames, width, height,
                export, ExportOptions.given(spec)), scenario.defaults());
        Path dir = OutputFolder.choose(out, scenario.name());
        OutputFolder.checkWritable(dir);
        List<Exporter> exporters;
        try {
            exporters = Exporters.select(run.exporters(), run.exporterOptions());
        } catch (ExporterChoiceError e) {
            throw ScenarioExports.relocate(scenario, e);
        }
        RunLoop.checkLayers(scenario, exporters);  // flow of still frames: refused before anything is written
        PrintStream err = System.err;
        Shard part = Shard.choose(shard, shards, System.getenv());
        FrameRange block = part.block(run.frames(), scenario.sequenceLength());
        checkSensor(scenario, run, block, exporters);
        RunRecord record = RunRecord.of(scenario, run.seed(), run.size(), exporters, run.exporterOptions());
        DatasetParts parts = new DatasetParts(dir);
        String what = resume ? "--resume" : "facet run";
        parts.checkAgrees(record, what);  // before anything is rendered or written
        long t0 = System.nanoTime();
        long toRender = render(scenario, run, dir, exporters, new ShardPlan(part, block, record, parts, what), err);
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("facet: wrote %d frame%s to %s in %.1f s (%.1f frames/s)%n", toRender, toRender == 1 ? "" : "s", dir,
                seconds, toRender / seconds);
        return 0;
    }

    /** {@code --export ""} or {@code --export coco,} names no exporter: a mistake, not a run of core alone. */
    private void checkExportNames() {
        var given = spec.commandLine().getParseResult().matchedOption("--export");
        if (given == null) {
            return;
        }
        for (String text : given.originalStringValues()) {
            for (String name : text.split(",", -1)) {
                if (name.isBlank()) {
                    throw new UserError("--export needs exporter names, comma-separated (see `facet exporters`), got '"
                            + text + "'; core's files are always written, so leave --export out for core alone");
                }
            }
        }
    }

    /** depth_noisy needs the camera's depth sensor model: refused before anything is written when its first frame has none. */
    private static void checkSensor(Scenario scenario, RunSettings run, FrameRange block, List<Exporter> exporters) {
        boolean wanted = exporters.stream().anyMatch(e -> e.layers().contains(Modality.DEPTH_NOISY));
        if (wanted && !block.isEmpty()
                && scenario.sceneInRun(run.seed(), block.start(), run.size()).camera().depthNoise() == null) {
            throw new UserError("the output " + Modality.DEPTH_NOISY.id() + " needs a depth sensor model, and scenario '"
                    + scenario.name() + "' has none: add camera.depth_noise to its file");
        }
    }

    /** This process's shard of a run: its frames, the run record its parts carry, the dataset's parts. */
    private record ShardPlan(Shard part, FrameRange block, RunRecord record, DatasetParts parts, String what) {
    }

    /** Renders the shard's frames not done yet, records them, and assembles when the dataset is complete. */
    private long render(Scenario scenario, RunSettings run, Path dir, List<Exporter> exporters, ShardPlan plan,
                        PrintStream err) throws IOException, InterruptedException {
        Shard part = plan.part();
        FrameRange block = plan.block();
        DatasetParts parts = plan.parts();
        RunRecord record = plan.record();
        Pipeline pipeline = RunMemory.ofThisJvm().plan(run.size(), HeadlessRenderer.FRAMES_IN_FLIGHT,
                Pipeline.forThisMachine(), RunLoop.checkLayers(scenario, exporters));
        try {  // before anything is written: a frame whose readback does not fit one buffer
            PixelReadback.checkSize(run.size().width(), run.size().height());
        } catch (PixelReadback.TooLarge e) {
            throw new UserError("--width/--height: " + e.getMessage());
        }
        Integer device = GpuChoice.resolve(gpu, System.err);
        try (HeadlessRenderer renderer = HeadlessRenderer.open(device, facet.meshes())) {
            if (renderer.context().fallbackReason() != null) {
                err.println("facet: WARNING: rendering in software on the CPU (" + renderer.context().glRenderer()
                        + ") because " + renderer.context().fallbackReason()
                        + ". This is much slower than a GPU; `facet doctor` says how to fix it.");
            } else {
                err.println("facet: rendering on " + renderer.description());
            }
            err.println("facet: shard " + part + ": " + (block.isEmpty() ? "no frames (fewer "
                    + (scenario.sequenceLength() > 1 ? "sequences" : "frames") + " than shards)"
                    : "frames " + block.start() + ".." + (block.end() - 1)) + " (" + block.count() + " of "
                    + run.frames().count() + " frames)");
            OutputFolder.create(dir);
            DatasetInfo info = new DatasetInfo(dir, scenario.name(), scenario.describe(), scenario.categories(),
                    run.seed(), block, run.size(), Version.VERSION);
            try (ShardRun shardRun = ShardRun.begin(parts, part, block, record, plan.what(), err)) {
                Resume done = Resume.scan(parts, record, info, exporters, resume);
                long toRender = block.count() - done.count();
                if (resume) {
                    err.println("facet: resuming: " + done.count() + " of " + block.count() + " frames are already in "
                            + dir + "; rendering the other " + toRender);
                }
                try (Progress progress = Progress.on(err, toRender, System.console() != null)) {
                    new RunLoop(scenario, renderer, exporters, pipeline, shardRun.listener(progress))
                            .run(info, done::written);
                }
                if (!shardRun.finish(run.frames(), exporters)) {
                    err.println("facet: shard " + part + " is complete; the dataset is assembled when every shard is "
                            + "(or by `facet merge " + dir + "`)");
                }
                return toRender;
            }
        }
    }
}
