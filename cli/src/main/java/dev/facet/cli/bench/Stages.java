package dev.facet.cli.bench;

import dev.facet.engine.run.RunListener;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import dev.facet.renderer.DrawOnly;
import dev.facet.renderer.HeadlessRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Each stage of the pipeline timed alone on the same prepared scenes: drawing, drawing with
 * readback, encoding and writing with the core exporter, and each other exporter.
 */
final class Stages {
    /** Rendered frames the encode stages replay. */
    private static final int KEPT = 8;

    private final Setup setup;
    private final TimedRun runs;
    private final Results results;

    Stages(Setup setup, TimedRun runs, Results results) {
        this.setup = setup;
        this.runs = runs;
        this.results = results;
    }

    void measure(HeadlessRenderer renderer, Scenario scenario, List<Scene> scenes, Path tmp)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        DrawOnly.draw(renderer, scenes);
        results.put("render_fps", runs.since(t0));
        double plain = withReadback(renderer, scenes, Set.of());
        results.put("render_readback_fps", plain);
        ImageStages image = new ImageStages(results);
        image.measure(renderer, scenes, v -> withReadback(renderer, v, Set.of()));
        image.measureFull(scenario, scenes, replay -> fullRun(replay, renderer, tmp));
        new AssetCacheStages(results).measure(renderer, scenes, v -> withReadback(renderer, v, Set.of()), tmp);
        new SensorStages(setup, results).measure(renderer, scenes);
        new LayerStages(runs, results).measure(renderer, scenario, scenes, tmp);
        renderer.produceLayers(Set.of(Modality.AMODAL));
        renderer.render(scenes.get(0));  // compiles the amodal shader untimed
        double amodal = withReadback(renderer, scenes, Set.of(Modality.AMODAL));
        results.put("amodal_render_readback_fps", amodal);
        results.put("amodal_ratio", amodal / plain);
        List<RenderedFrame> kept = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            kept.add(renderer.render(scenes.get(i)));  // with amodal masks, for the exporters that ask for them
        }
        renderer.produceLayers(Set.of());
        encodeAndWrite(new Replay(scenario, scenes.subList(0, kept.size())), new Playback(kept), tmp);
    }

    /** Draws every scene and reads it back into a ring of buffers, as the run loop does. */
    private double withReadback(HeadlessRenderer renderer, List<Scene> scenes, Set<Modality> layers) {
        return scenes.size() / ReadbackRing.seconds(renderer, scenes, null, layers, setup.size());
    }

    /** The full pipeline with the core exporter over {@code replay}'s frames. */
    private double fullRun(Scenario replay, Renderer renderer, Path tmp) {
        try {
            Path out = Files.createTempDirectory(tmp, "full-");
            return runs.fps(replay, renderer, List.of(TimedRun.core()), out, RunListener.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void encodeAndWrite(Replay replay, Renderer playback, Path tmp) throws IOException, InterruptedException {
        results.put("encode_write_fps", runs.fps(replay, playback, List.of(TimedRun.core()), tmp.resolve("write"),
                RunListener.NONE));
        for (Exporter e : ServiceLoader.load(Exporter.class)) {
            if (!e.name().equals("core")) {
                results.put("exporter_" + e.name() + "_fps", runs.fps(replay, playback, List.of(e),
                        tmp.resolve(e.name()), RunListener.NONE));
            }
        }
    }
}
