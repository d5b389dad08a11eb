package dev.facet.cli.bench;

import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.scenarios.tabletop.Tabletop;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark harness of {@code facet bench}: frames per second of each stage and of the
 * whole pipeline, measured in one process on the same benchmark scenes (ground + K
 * primitives), so ratios between stages are meaningful; plus the memory a long run holds.
 * A benchmark, not a test: it asserts nothing.
 */
public final class Bench {
    /** Frames rendered before timing starts (JIT, driver caches), and scenes prepared for a full-only run. */
    private static final int WARM_UP = 30;

    private final Setup setup;
    private final Results results = new Results();
    private final TimedRun runs;

    public Bench(Setup setup) {
        this.setup = setup;
        this.runs = new TimedRun(setup);
    }

    /** Runs the benchmark on EGL device {@code gpu} (null: the best one), drawing meshes from {@code meshes}. */
    public Results run(Integer gpu, JmeMeshLibrary meshes) throws IOException, InterruptedException {
        Scenario scenario = Tabletop.withObjects(setup.objects());
        List<Scene> scenes = scenes(scenario);
        Path tmp = Files.createTempDirectory("facet-bench-");
        try (HeadlessRenderer renderer = HeadlessRenderer.open(gpu, meshes)) {
            warmUp(renderer, scenes);
            if (!setup.fullOnly()) {
                new Stages(setup, runs, results).measure(renderer, scenario, scenes, tmp);
                new PhysicsStages(setup, runs, results, meshes).measure(renderer, tmp);
            }
            MemorySamples memory = new MemorySamples(results, setup.frames());
            results.put("full_pipeline_fps", runs.fps(scenario, renderer, List.of(TimedRun.core()),
                    tmp.resolve("full"), memory));
            memory.atEnd();
        } finally {
            delete(tmp);
        }
        results.put("peak_rss_mb", Memory.peakRssMb());
        results.put("peak_heap_mb", Memory.peakHeapMb());
        if (results.get("render_readback_fps") instanceof Double rr && results.get("encode_write_fps") instanceof Double ew) {
            results.put("overlap", (Double) results.get("full_pipeline_fps") / Math.min(rr, ew));
        }
        return results;
    }

    /** The stages draw prepared scenes, so scene building is not timed as rendering. */
    private List<Scene> scenes(Scenario scenario) {
        List<Scene> scenes = new ArrayList<>();
        int count = setup.fullOnly() ? Math.min(setup.frames(), WARM_UP) : setup.frames();
        for (int k = 0; k < count; k++) {
            scenes.add(scenario.sceneInRun(0, k, setup.size()));
        }
        return scenes;
    }

    private void warmUp(HeadlessRenderer renderer, List<Scene> scenes) {
        renderer.render(scenes.get(0));
        results.put("time_to_first_frame_s",
                (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
        results.put("device", renderer.description());
        System.err.println("facet: bench on " + renderer.description() + ", " + setup.size().width() + "x"
                + setup.size().height() + ", " + setup.objects() + " objects, " + setup.frames() + " frames per stage");
        for (int i = 0; i < Math.min(setup.frames(), WARM_UP); i++) {
            renderer.render(scenes.get(i));
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
