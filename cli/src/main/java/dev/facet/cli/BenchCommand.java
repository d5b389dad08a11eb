package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.engine.random.Streams;
import dev.facet.engine.run.RunListener;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.run.RunPlan;
import dev.facet.engine.scenario.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.core.CoreExporter;
import dev.facet.renderer.HeadlessRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code facet bench}: frames per second of each stage of the pipeline, measured in one
 * process on the same scenes. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure frames/s: render only, render + readback, encode + write alone, full pipeline.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--frames", description = "Frames per stage (default: ${DEFAULT-VALUE}).", defaultValue = "200")
    int frames;

    @Option(names = "--width", defaultValue = "640", description = "Image width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "480", description = "Image height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--gpu", paramLabel = "N", description = "EGL device index (default: env FACET_GPU, else the first GPU).")
    Integer gpu;

    @Override
    public Integer call() throws Exception {
        if (frames < 10) {
            throw new UserError("--frames must be at least 10, got " + frames);
        }
        ImageSize size = new ImageSize(width, height);
        Scenario scenario = Scenarios.available().get("tabletop");
        List<Scene> scenes = new ArrayList<>();
        for (int k = 0; k < frames; k++) {
            scenes.add(scenario.scene(k, Streams.frameSeed(0, k), size));
        }
        Map<String, Double> fps = new LinkedHashMap<>();
        Path tmp = Files.createTempDirectory("facet-bench-");
        long t0 = System.nanoTime();
        try (HeadlessRenderer renderer = HeadlessRenderer.open(gpu != null ? gpu : GpuChoice.fromEnvironment())) {
            System.err.println("facet: bench on " + renderer.description() + ", " + width + "x" + height);
            renderer.render(scenes.get(0));  // compiles shaders, allocates targets
            fps.put("time_to_first_frame_s", (System.nanoTime() - t0) / 1e9);  // context, shaders, targets
            for (int i = 0; i < Math.min(frames, 30); i++) {
                renderer.render(scenes.get(i));  // warm-up: JIT, driver caches
            }

            t0 = System.nanoTime();
            for (Scene s : scenes) {
                renderer.draw(s);
            }
            renderer.finish();
            fps.put("render_fps", rate(t0));

            List<RenderedFrame> kept = new ArrayList<>();
            t0 = System.nanoTime();
            for (Scene s : scenes) {
                RenderedFrame f = renderer.render(s);
                if (kept.size() < 8) {
                    kept.add(f);
                }
            }
            fps.put("render_readback_fps", rate(t0));

            fps.put("encode_write_fps", pipeline(new Replay(scenario, scenes, kept.size()),
                    new RenderPlayback(kept), tmp.resolve("write"), size));
            fps.put("full_pipeline_fps", pipeline(scenario, renderer, tmp.resolve("full"), size));
        } finally {
            delete(tmp);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-24s %10s%n", "stage", "frames/s");
        fps.forEach((k, v) -> System.out.printf("%-24s %10.1f%n", k, v));
        StringBuilder json = new StringBuilder("{\"version\":\"" + Version.VERSION + "\",\"width\":" + width
                + ",\"height\":" + height + ",\"frames\":" + frames);
        fps.forEach((k, v) -> json.append(",\"").append(k).append("\":").append(String.format("%.3f", v)));
        json.append(",\"heap_used_mb\":").append((rt.totalMemory() - rt.freeMemory()) >> 20).append('}');
        System.out.println(json);
        return 0;
    }

    private double rate(long t0) {
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    private double pipeline(Scenario scenario, dev.facet.engine.spi.Renderer renderer, Path out, ImageSize size)
            throws IOException, InterruptedException {
        List<Exporter> exporters = List.of(new CoreExporter());
        DatasetInfo info = new DatasetInfo(out, scenario.name(), scenario.describe(), 0, 0, frames,
                size.width(), size.height(), scenario.categories(), Version.VERSION);
        long t0 = System.nanoTime();
        new RunLoop(scenario, renderer, exporters, RunListener.NONE).run(RunPlan.of(0, 0, frames, size), info);
        return rate(t0);
    }

    /** Frame k shows the scene of frame k mod n, so that n rendered buffers can stand for every frame. */
    private record Replay(Scenario scenario, List<Scene> scenes, int n) implements Scenario {
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
            Scene s = scenes.get((int) (frame % n));
            return new Scene(frame, s.seed(), s.timeS(), s.camera(), s.objects(), s.lighting(), s.background());
        }

        @Override
        public Map<String, Object> describe() {
            return scenario.describe();
        }
    }

    /** Hands out already-rendered buffers: the encode + write stage alone, on the same worker pool. */
    private record RenderPlayback(List<RenderedFrame> frames) implements dev.facet.engine.spi.Renderer {
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
