package dev.facet.cli.bench;

import dev.facet.engine.run.RunListener;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Modality;
import dev.facet.renderer.HeadlessRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional layers' cost, each measured against no layers on the same scenes in one process:
 * rendering with readback ({@code layers_<name>_render_readback_fps} and {@code _ratio}) and the
 * whole pipeline with the core exporter writing them ({@code layers_<name>_pipeline_fps} and
 * {@code _ratio}). The scenes play as a sequence that moves on a little each frame
 * ({@link MovingReplay}), so flow has a next step; the pipeline rows time no scene building.
 * The variants take turns over {@link #ROUNDS} rounds of a third of the frames each, and each
 * row is the median of its rounds, so a machine whose load changes during the run shifts every
 * variant alike.
 */
final class LayerStages {
    static final int ROUNDS = 3;

    private final TimedRun runs;
    private final Results results;

    LayerStages(TimedRun runs, Results results) {
        this.runs = runs;
        this.results = results;
    }

    /** The layer sets measured, by row name; "none" first, the base of the ratios. */
    static Map<String, Set<Modality>> variants() {
        Map<String, Set<Modality>> v = new LinkedHashMap<>();
        v.put("none", Set.of());
        v.put("normals", EnumSet.of(Modality.NORMALS));
        v.put("object_coords", EnumSet.of(Modality.OBJECT_COORDS));
        v.put("flow", EnumSet.of(Modality.FLOW, Modality.FLOW_VALID));
        v.put("all", EnumSet.of(Modality.NORMALS, Modality.OBJECT_COORDS, Modality.FLOW, Modality.FLOW_VALID));
        return v;
    }

    void measure(HeadlessRenderer renderer, Scenario scenario, List<Scene> scenes, Path tmp)
            throws IOException, InterruptedException {
        int frames = Math.max(10, scenes.size() / ROUNDS);
        List<Scene> part = scenes.subList(0, Math.min(frames, scenes.size()));
        MovingReplay replay = new MovingReplay(scenario, part);
        Map<String, List<Double>> readback = new LinkedHashMap<>();
        Map<String, List<Double>> pipeline = new LinkedHashMap<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Set<Modality>> e : variants().entrySet()) {
                    Set<Modality> layers = e.getValue();
                    boolean next = Modality.needNextScene(layers);
                    renderer.produceLayers(layers);
                    renderer.render(part.get(0), next ? MovingReplay.moved(part.get(0)) : null);  // compiles untimed
                    readback.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(withReadback(renderer, part, layers));
                    pipeline.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(runs.fps(replay, renderer,
                            List.of(core(layers)), tmp.resolve("layers-" + e.getKey() + "-" + round), RunListener.NONE,
                            frames));
                }
            }
        } finally {
            renderer.produceLayers(Set.of());
        }
        put("render_readback", readback);
        put("pipeline", pipeline);
    }

    /** Each variant's median and its ratio to the first variant's median. */
    private void put(String row, Map<String, List<Double>> measured) {
        Double base = null;
        for (Map.Entry<String, List<Double>> e : measured.entrySet()) {
            List<Double> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2);
            base = base == null ? median : base;
            results.put("layers_" + e.getKey() + "_" + row + "_fps", median);
            results.put("layers_" + e.getKey() + "_" + row + "_ratio", median / base);
        }
    }

    /** Draws every scene (and its next step for flow) and reads it back into a ring of buffers, as the run loop does. */
    private double withReadback(HeadlessRenderer renderer, List<Scene> scenes, Set<Modality> layers) {
        boolean needsNext = Modality.needNextScene(layers);
        List<Scene> nexts = new ArrayList<>();
        for (Scene s : scenes) {
            nexts.add(needsNext ? MovingReplay.moved(s) : null);
        }
        Scene first = scenes.get(0);
        ImageSize size = new ImageSize(first.camera().width(), first.camera().height());
        return scenes.size() / ReadbackRing.seconds(renderer, scenes, nexts, layers, size);
    }

    /** The core exporter writing the standard outputs and {@code layers}. */
    private static Exporter core(Set<Modality> layers) {
        Exporter core = TimedRun.core();
        List<String> outputs = new ArrayList<>(Modality.STANDARD_NAMES);
        layers.forEach(m -> outputs.add(m.id()));
        core.configure(new ExporterOptions(Map.of("outputs", outputs), Set.of("outputs")));
        return core;
    }
}
