package dev.facet.cli.bench;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.DepthNoise;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Modality;
import dev.facet.renderer.HeadlessRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rendering with readback through distorted cameras (the wide view and the remap of every
 * buffer) and with the depth_noisy layer made, on the same scenes one after another in one
 * process, each as a ratio to the plain pinhole camera ({@code lens_*_ratio}, {@code depth_noisy_ratio}).
 */
final class SensorStages {
    private final Setup setup;
    private final Results results;

    SensorStages(Setup setup, Results results) {
        this.setup = setup;
        this.results = results;
    }

    /** The cameras measured, by row name. */
    static Map<String, UnaryOperator<Camera>> lenses() {
        Map<String, UnaryOperator<Camera>> m = new LinkedHashMap<>();
        m.put("lens_off", c -> c);
        m.put("lens_opencv", c -> c.withDistortion(LensDistortion.opencv(-0.25, 0.08, 0.001, -0.0005, 0)));
        m.put("lens_fisheye", c -> c.withDistortion(LensDistortion.fisheye(0.05, -0.01, 0.002, 0)));
        return m;
    }

    static final DepthNoise SENSOR = new DepthNoise(0.001, 0.0015, DepthNoise.Quantization.DISPARITY, 0.05, 0.125, 0,
            0.5, 0.05);

    void measure(HeadlessRenderer renderer, List<Scene> scenes) {
        Double base = null;
        for (Map.Entry<String, UnaryOperator<Camera>> e : lenses().entrySet()) {
            double fps = timed(renderer, with(scenes, e.getValue()), Set.of());
            base = base == null ? fps : base;
            results.put(e.getKey() + "_fps", fps);
            results.put(e.getKey() + "_ratio", fps / base);
        }
        double off = timed(renderer, scenes, Set.of());
        double on = timed(renderer, with(scenes, c -> c.withDepthNoise(SENSOR)), Set.of(Modality.DEPTH_NOISY));
        results.put("depth_noisy_off_fps", off);
        results.put("depth_noisy_on_fps", on);
        results.put("depth_noisy_ratio", on / off);
    }

    private static List<Scene> with(List<Scene> scenes, UnaryOperator<Camera> camera) {
        List<Scene> out = new ArrayList<>();
        for (Scene s : scenes) {
            out.add(new Scene(s.frame(), s.seed(), s.timeS(), camera.apply(s.camera()), s.objects(), s.lighting(),
                    s.background(), s.backgroundImage(), s.params(), s.rendering()));
        }
        return out;
    }

    /** Draws and reads back every scene into a ring of buffers with {@code layers}, as the run loop does; frames/s. */
    private double timed(HeadlessRenderer renderer, List<Scene> scenes, Set<Modality> layers) {
        renderer.produceLayers(layers);
        try {
            renderer.render(scenes.get(0));  // sizes the targets and buffers untimed
            return setup.frames() / ReadbackRing.seconds(renderer, scenes, null, layers, setup.size());
        } finally {
            renderer.produceLayers(Set.of());
        }
    }
}
