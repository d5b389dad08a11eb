package dev.facet.cli.bench;

import dev.facet.engine.Version;
import dev.facet.engine.run.Pipeline;
import dev.facet.engine.run.RunListener;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.spi.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/** Frames per second of runs of the real run loop, each over the benchmark's frame count and image size. */
final class TimedRun {
    private final Setup setup;

    TimedRun(Setup setup) {
        this.setup = setup;
    }

    /** Frames per second of a run of {@code scenario} through {@code renderer} and {@code exporters} into {@code out}. */
    double fps(Scenario scenario, Renderer renderer, List<Exporter> exporters, Path out, RunListener listener)
            throws IOException, InterruptedException {
        return fps(scenario, renderer, exporters, out, listener, setup.frames());
    }

    /** As above, over {@code frames} frames. */
    double fps(Scenario scenario, Renderer renderer, List<Exporter> exporters, Path out, RunListener listener,
               int frames) throws IOException, InterruptedException {
        DatasetInfo info = new DatasetInfo(out, scenario.name(), scenario.describe(), scenario.categories(), 0,
                new FrameRange(0, frames), setup.size(), Version.VERSION);
        long t0 = System.nanoTime();
        new RunLoop(scenario, renderer, exporters, Pipeline.forThisMachine(), listener).run(info);
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    /** Frames per second if the benchmark's frame count took from {@code t0} (System.nanoTime) until now. */
    double since(long t0) {
        return setup.frames() / ((System.nanoTime() - t0) / 1e9);
    }

    /** The core exporter from the class path. */
    static Exporter core() {
        for (Exporter e : ServiceLoader.load(Exporter.class)) {
            if (e.name().equals("core")) {
                return e;
            }
        }
        throw new IllegalStateException("the core exporter is not on the classpath");
    }
}
