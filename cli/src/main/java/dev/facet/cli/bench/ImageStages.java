package dev.facet.cli.bench;

import dev.facet.engine.scene.CameraEffects;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.HeadlessRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Rendering with readback under each colour setting (anti-aliasing 1/2/4, soft shadows,
 * tone mapping, camera effects) on the same scenes, one after another in one process, so
 * the ratio of each to the plain setting ({@code image_*_ratio}) is meaningful even on a
 * loaded machine.
 */
final class ImageStages {
    private final Results results;

    ImageStages(Results results) {
        this.results = results;
    }

    /** The settings measured, by row name. */
    static Map<String, Rendering> settings() {
        Map<String, Rendering> s = new LinkedHashMap<>();
        s.put("antialias_1", Rendering.DEFAULT);
        s.put("antialias_2", new Rendering(2, Rendering.ToneMapping.NONE, 0, false, 0, null));
        s.put("antialias_4", new Rendering(4, Rendering.ToneMapping.NONE, 0, false, 0, null));
        s.put("soft_shadows", new Rendering(1, Rendering.ToneMapping.NONE, 0, true, 0, null));
        s.put("aces", new Rendering(1, Rendering.ToneMapping.ACES, 0.5, false, 0, null));
        s.put("effects_noise_vignetting_ca", Rendering.DEFAULT.withEffects(new CameraEffects(0.01, 1000, 0.3, 1, 0)));
        s.put("effects_jpeg", Rendering.DEFAULT.withEffects(new CameraEffects(0, 0, 0, 0, 80)));
        return s;
    }

    /** Times {@code withReadback} over {@code scenes} under each setting and records fps and the ratio to the first. */
    void measure(HeadlessRenderer renderer, List<Scene> scenes, ToDoubleFunction<List<Scene>> withReadback) {
        Double base = null;
        for (Map.Entry<String, Rendering> e : settings().entrySet()) {
            List<Scene> variant = new ArrayList<>();
            for (Scene s : scenes) {
                variant.add(with(s, e.getValue()));
            }
            RenderedFrame warm = renderer.render(variant.get(0));  // compiles the shader variant untimed
            assert warm != null;
            double fps = withReadback.applyAsDouble(variant);
            base = base == null ? fps : base;
            results.put("image_" + e.getKey() + "_fps", fps);
            results.put("image_" + e.getKey() + "_ratio", fps / base);
        }
    }

    static Scene with(Scene s, Rendering r) {
        return new Scene(s.frame(), s.seed(), s.timeS(), s.camera(), s.objects(), s.lighting(), s.background(),
                s.backgroundImage(), s.params(), r);
    }
}
