package dev.facet.cli.bench;

import dev.facet.engine.run.RunListener;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.scenarios.file.FileScenario;
import dev.facet.scenarios.file.ScenarioLoader;
import dev.facet.scenarios.file.ScenarioText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Physics in one process: the same scenario (ground + K primitives) with objects set down
 * ({@code surface}) and dropped and settled ({@code physics}), as whole runs and as scene
 * building alone; the built-in {@code bin-drop} (mesh hulls); and what a frame rendered alone
 * pays in a 60-step physics sequence, since it simulates from its sequence's start.
 */
final class PhysicsStages {
    /** Steps of the benchmark sequence. */
    static final int STEPS = 60;
    /** Sequences whose first and last step are built alone (the median is reported). */
    private static final int ALONE = 5;

    private final Setup setup;
    private final TimedRun runs;
    private final Results results;
    private final MeshLibrary meshes;

    PhysicsStages(Setup setup, TimedRun runs, Results results, MeshLibrary meshes) {
        this.setup = setup;
        this.runs = runs;
        this.results = results;
        this.meshes = meshes;
    }

    /** The benchmark scene as a scenario file: K primitives, set down or dropped; a sequence of STEPS when asked. */
    static String scenario(int objects, String placement, boolean sequence) {
        int third = Math.max(1, objects / 3);
        return String.format(Locale.ROOT, """
                facet: 1
                name: bench-physics
                %scamera: {fov: 50, pose: {kind: sampled, target: [0, 0.05, 0], distance: 1.8, elevation: 50}}
                ground: {size: [3, 3]}
                placement: {kind: %s, size: [1.2, 1.2], gap: 0.01, max_time: 5}
                objects:
                  - {category: box, shape: {kind: box, size: [0.1, 0.08, 0.12]}, count: %d}
                  - {category: sphere, shape: {kind: sphere, radius: 0.05}, count: %d}
                  - {category: cylinder, shape: {kind: cylinder, radius: 0.04, height: 0.1}, count: %d}
                """, sequence ? "sequence: {frames: " + STEPS + ", fps: 30}\n" : "", placement, third, third,
                Math.max(1, objects - 2 * third));
    }

    private FileScenario load(String yaml) {
        return new ScenarioLoader(meshes).load(new ScenarioText("bench-physics.yaml", yaml, true), "/", "bench-physics");
    }

    void measure(HeadlessRenderer renderer, Path tmp) throws IOException, InterruptedException {
        int frames = Math.min(setup.frames(), STEPS);
        int k = setup.objects();
        results.put("physics_scene_off_ms", sceneMs(load(scenario(k, "surface", false)), frames));
        results.put("physics_scene_on_ms", sceneMs(load(scenario(k, "physics", false)), frames));
        results.put("physics_bin_drop_scene_ms", sceneMs(new ScenarioLoader(meshes).loadBuiltIn("bin-drop"), frames));
        double[] still = offAndOn(renderer, tmp, false, frames);
        results.put("physics_off_fps", still[0]);
        results.put("physics_on_fps", still[1]);
        results.put("physics_on_ratio", still[1] / still[0]);
        double[] seq = offAndOn(renderer, tmp, true, STEPS);
        results.put("sequence_physics_off_fps", seq[0]);
        results.put("sequence_physics_on_fps", seq[1]);
        results.put("sequence_physics_on_ratio", seq[1] / seq[0]);
        String sequence = scenario(k, "physics", true);
        results.put("sequence_step_in_run_ms", sceneMs(load(sequence), STEPS));
        results.put("sequence_step0_alone_ms", aloneMs(sequence, 0));
        results.put("sequence_step" + (STEPS - 1) + "_alone_ms", aloneMs(sequence, STEPS - 1));
    }

    /**
     * Whole runs (core exporter) without and with physics, alternated twice so neither gets the
     * warmer machine; the better of each pair: {off fps, on fps}.
     */
    private double[] offAndOn(HeadlessRenderer renderer, Path tmp, boolean sequence, int frames)
            throws IOException, InterruptedException {
        double[] best = new double[2];
        for (int round = 0; round < 2; round++) {
            for (int on = 0; on < 2; on++) {
                String name = (sequence ? "sequence-" : "still-") + (on == 1 ? "on-" : "off-") + round;
                FileScenario s = load(scenario(setup.objects(), on == 1 ? "physics" : "surface", sequence));
                best[on] = Math.max(best[on], run(s, renderer, tmp.resolve(name), frames));
            }
        }
        return best;
    }

    /** Milliseconds per scene building frames 0.. of {@code s} in order (no rendering). */
    private double sceneMs(Scenario s, int frames) {
        s.sceneInRun(1, 0, setup.size());  // untimed: loads Bullet, warms the JIT
        long t0 = System.nanoTime();
        for (int f = 0; f < frames; f++) {
            s.sceneInRun(0, f, setup.size());
        }
        return (System.nanoTime() - t0) / 1e6 / frames;
    }

    /** The median over ALONE sequences of building step {@code step} alone, on a freshly loaded scenario. */
    private double aloneMs(String yaml, int step) {
        double[] ms = new double[ALONE];
        for (int i = 0; i < ALONE; i++) {
            FileScenario fresh = load(yaml);
            long t0 = System.nanoTime();
            fresh.sceneInRun(0, (long) (i + 1) * STEPS + step, setup.size());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ALONE / 2];
    }

    private double run(Scenario s, HeadlessRenderer renderer, Path out, int frames) throws IOException, InterruptedException {
        return runs.fps(s, renderer, List.of(TimedRun.core()), out, RunListener.NONE, frames);
    }
}
