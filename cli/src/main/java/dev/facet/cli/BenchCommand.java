package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.random.Streams;
import dev.facet.engine.run.RunListener;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.run.Pipeline;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.scenarios.tabletop.Tabletop;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code facet bench}: frames per second of each stage of the pipeline, measured in one
 * process on the same benchmark scenes (ground + K primitives), so ratios between stages
 * are meaningful. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure frames/s of each pipeline stage and of the whole pipeline; prints a table and a JSON line.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--frames", description = "Frames per stage (default: ${DEFAULT-VALUE}).", defaultValue = "300")
    int frames;

    @Option(names = "--width", defaultValue = "640", description = "Image width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "480", description = "Image height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--objects", defaultValue = "20", description = "Primitives on the ground (default: ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--full-only", description = "Run only the full pipeline (e.g. a long run to watch memory).")
    boolean fullOnly;

    @Option(names = "--gpu", paramLabel = "N", description = "EGL device index (default: env FACET_GPU, else the first GPU).")
    Integer gpu;

    private final Map<String, Object> results = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    @Override
    public Integer call() throws Exception {
        if (frames < 10) {
            throw new UserError("--frames must be at least 10, got " + frames);
        }
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new UserError("--width and --height must lie in 1..16384");
        }
        if (objects < 1 || objects > 1000) {
            throw new UserError("--objects must lie in 1..1000, got " + objects);
        }
        ImageSize size = new ImageSize(width, height);
        Scenario scenario = Tabletop.withObjects(objects);
        // the stages draw prepared scenes, so scene building is not timed as rendering
        List<Scene> scenes = new ArrayList<>();
        for (int k = 0; k < (fullOnly ? Math.min(frames, 30) : frames); k++) {
            scenes.add(scenario.scene(k, Streams.frameSeed(0, k), size));
        }
        Path tmp = Files.createTempDirectory("facet-bench-");
        try (HeadlessRenderer renderer = HeadlessRenderer.open(gpu != null ? gpu : GpuChoice.fromEnvironment())) {
            renderer.render(scenes.get(0));
            results.put("time_to_first_frame_s",
                    (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
            results.put("device", renderer.description());
            System.err.println("facet: bench on " + renderer.description() + ", " + width + "x" + height
                    + ", " + objects + " objects, " + frames + " frames per stage");
            for (int i = 0; i < Math.min(frames, 30); i++) {
                renderer.render(scenes.get(i));  // warm-up: JIT, driver caches
            }
            if (!fullOnly) {
                stages(renderer, scenario, scenes, size, tmp);
            }
            // resident memory early in the full run and at its end: flat when nothing grows with run length
            AtomicLong written = new AtomicLong();
            RunListener rss = frame -> {
                if (written.incrementAndGet() == Math.max(1, frames / 20)) {
                    results.put("rss_mb_at_5pct", Memory.rssMb());
                    results.put("live_heap_mb_at_5pct", Memory.liveHeapMb());
                }
            };
            results.put("full_pipeline_fps", pipeline(scenario, renderer, List.of(core()), tmp.resolve("full"), size, rss));
            results.put("rss_mb_at_end", Memory.rssMb());
            results.put("live_heap_mb_at_end", Memory.liveHeapMb());
        } finally {
            delete(tmp);
        }
        results.put("peak_rss_mb", Memory.peakRssMb());
        results.put("peak_heap_mb", Memory.peakHeapMb());
        if (results.get("render_readback_fps") instanceof Double rr && results.get("encode_write_fps") instanceof Double ew) {
            results.put("overlap", (Double) results.get("full_pipeline_fps") / Math.min(rr, ew));
        }
        print();
        return 0;
    }

    private void stages(HeadlessRenderer renderer, Scenario scenario, List<Scene> scenes, ImageSize size, Path tmp)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        for (Scene s : scenes) {
            renderer.draw(s);
        }
        renderer.finish();
        results.put("render_fps", rate(t0));

        List<RenderedFrame> pool = new ArrayList<>();
        for (int i = 0; i <= renderer.framesInFlight(); i++) {
            pool.add(RenderedFrame.allocate(width, height));
        }
        List<RenderedFrame> kept = new ArrayList<>();
        t0 = System.nanoTime();
        int k = 0;
        for (Scene s : scenes) {
            renderer.renderInto(s, pool.get(k++ % pool.size()));
        }
        renderer.drain();
        results.put("render_readback_fps", rate(t0));

        for (int i = 0; i < 8; i++) {
            kept.add(renderer.render(scenes.get(i)));
        }
        Replay replay = new Replay(scenario, scenes.subList(0, kept.size()));
        Renderer playback = new Playback(kept);
        results.put("encode_write_fps", pipeline(replay, playback, List.of(core()), tmp.resolve("write"), size));
        for (Exporter e : ServiceLoader.load(Exporter.class)) {
            if (!e.name().equals("core")) {
                results.put("exporter_" + e.name() + "_fps", pipeline(replay, playback, List.of(e),
                        tmp.resolve(e.name()), size));
            }
        }
    }

    private static Exporter core() {
        for (Exporter e : ServiceLoader.load(Exporter.class)) {
            if (e.name().equals("core")) {
                return e;
            }
        }
        throw new IllegalStateException("the core exporter is not on the classpath");
    }

    private double rate(long t0) {
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    private double pipeline(Scenario scenario, Renderer renderer, List<Exporter> exporters, Path out, ImageSize size)
            throws IOException, InterruptedException {
        return pipeline(scenario, renderer, exporters, out, size, RunListener.NONE);
    }

    private double pipeline(Scenario scenario, Renderer renderer, List<Exporter> exporters, Path out, ImageSize size,
                            RunListener listener) throws IOException, InterruptedException {
        DatasetInfo info = new DatasetInfo(out, scenario.name(), scenario.describe(), scenario.categories(), 0,
                new FrameRange(0, frames), size, Version.VERSION);
        long t0 = System.nanoTime();
        new RunLoop(scenario, renderer, exporters, Pipeline.forThisMachine(), listener).run(info);
        return rate(t0);
    }

    private void print() {
        System.out.printf("%-28s %s%n", "measure", "value");
        StringBuilder json = new StringBuilder("{\"version\":\"" + Version.VERSION + "\",\"width\":" + width
                + ",\"height\":" + height + ",\"objects\":" + objects + ",\"frames\":" + frames);
        results.forEach((k, v) -> {
            String shown = v instanceof Double d ? String.format("%.2f", d) : String.valueOf(v);
            System.out.printf("%-28s %s%n", k, shown);
            json.append(",\"").append(k).append("\":")
                    .append(v instanceof Double d ? String.format("%.3f", d) : v instanceof Number ? v : "\"" + v + "\"");
        });
        System.out.println(json.append('}'));
    }

    /** Frame k shows the scene of frame k mod n, so that n rendered buffers can stand for every frame. */
    private record Replay(Scenario scenario, List<Scene> scenes) implements Scenario {
        @Override
        public String name() {
            return scenario.name();
        }

        @Override
        public List<dev.facet.engine.scene.Category> categories() {
            return scenario.categories();
        }

        @Override
        public Scene scene(long frame, long frameSeed, ImageSize size) {
            Scene s = scenes.get((int) (frame % scenes.size()));
            return new Scene(frame, s.seed(), s.timeS(), s.camera(), s.objects(), s.lighting(), s.background());
        }

        @Override
        public Map<String, Object> describe() {
            return scenario.describe();
        }
    }

    /** Hands out already-rendered pixels: the encode + write stage alone, on the run's worker pool. */
    private record Playback(List<RenderedFrame> frames) implements Renderer {
        @Override
        public RenderedFrame render(Scene scene) {
            return frames.get((int) (scene.frame() % frames.size()));
        }

        @Override
        public String description() {
            return "playback";
        }

        @Override
        public void close() {
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
