package dev.facet.cli.bench;

import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.CameraEffects;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.HeadlessRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Rendering with readback under each colour setting (anti-aliasing 1/2/4, soft shadows,
 * tone mapping, camera effects, shadows from k of 4 point and spot lights, ambient
 * occlusion, motion blur) on the same scenes, one after another in one process, so the
 * ratio of each to the plain setting ({@code image_*_ratio}) is meaningful even on a loaded
 * machine; and the full pipeline at each anti-aliasing setting ({@code full_antialias_*}).
 */
final class ImageStages {
    /** Turns the variants take on chunks of the scenes. */
    static final int ROUNDS = 4;

    private final Results results;

    ImageStages(Results results) {
        this.results = results;
    }

    /** The variants measured, by row name: each turns a benchmark scene into the scene drawn. */
    static Map<String, UnaryOperator<Scene>> variants() {
        Map<String, UnaryOperator<Scene>> s = new LinkedHashMap<>();
        s.put("antialias_1", with(Rendering.DEFAULT));
        s.put("antialias_2", with(new Rendering(2, Rendering.ToneMapping.NONE, 0, false, 0, null)));
        s.put("antialias_4", with(new Rendering(4, Rendering.ToneMapping.NONE, 0, false, 0, null)));
        s.put("soft_shadows", with(new Rendering(1, Rendering.ToneMapping.NONE, 0, true, 0, null)));
        s.put("aces", with(new Rendering(1, Rendering.ToneMapping.ACES, 0.5, false, 0, null)));
        s.put("effects_noise_vignetting_ca", with(Rendering.DEFAULT.withEffects(new CameraEffects(0.01, 1000, 0.3, 1, 0))));
        s.put("effects_jpeg", with(Rendering.DEFAULT.withEffects(new CameraEffects(0, 0, 0, 0, 80))));
        for (int k : new int[] {0, 1, 2, 4}) {
            s.put("lights_4_shadows_" + k, scene -> withLights(scene).withRendering(Rendering.DEFAULT.withLightShadows(k)));
        }
        s.put("ambient_occlusion", with(Rendering.DEFAULT.withAmbientOcclusion(new Rendering.AmbientOcclusion(0.25, 1))));
        s.put("motion_blur_4", scene -> moving(scene.withRendering(
                Rendering.DEFAULT.withMotionBlur(new Rendering.MotionBlur(0.5, 4)))));
        return s;
    }

    /**
     * Times {@code withReadback} over {@code scenes} under each variant and records fps and the
     * ratio to the first. The scenes are cut into {@value #ROUNDS} chunks and the variants take
     * turns on each chunk, so a change in the machine's load during the measurement (a shared
     * CI box) falls on every variant alike instead of on the ones measured last.
     */
    void measure(HeadlessRenderer renderer, List<Scene> scenes, ToDoubleFunction<List<Scene>> withReadback) {
        Map<String, UnaryOperator<Scene>> variants = variants();
        Map<String, double[]> framesAndSeconds = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<Scene>> e : variants.entrySet()) {
            RenderedFrame warm = renderer.render(e.getValue().apply(scenes.get(0)));  // compiles the shader variant untimed
            assert warm != null;
            framesAndSeconds.put(e.getKey(), new double[2]);
        }
        int rounds = Math.min(ROUNDS, scenes.size());
        for (int r = 0; r < rounds; r++) {
            List<Scene> chunk = scenes.subList(r * scenes.size() / rounds, (r + 1) * scenes.size() / rounds);
            for (Map.Entry<String, UnaryOperator<Scene>> e : variants.entrySet()) {
                List<Scene> variant = new ArrayList<>();
                for (Scene s : chunk) {
                    variant.add(e.getValue().apply(s));
                }
                double fps = withReadback.applyAsDouble(variant);
                double[] acc = framesAndSeconds.get(e.getKey());
                acc[0] += variant.size();
                acc[1] += variant.size() / fps;
            }
        }
        Double base = null;
        for (Map.Entry<String, double[]> e : framesAndSeconds.entrySet()) {
            double fps = e.getValue()[0] / e.getValue()[1];
            base = base == null ? fps : base;
            results.put("image_" + e.getKey() + "_fps", fps);
            results.put("image_" + e.getKey() + "_ratio", fps / base);
        }
    }

    /**
     * The full pipeline (render, readback, annotate, encode, write) replaying {@code scenes}
     * at anti-aliasing 1, 2 and 4: what choosing a default costs. Two rounds, in the order
     * 1, 2, 4 and then 4, 2, 1, so a drifting load falls on every setting alike.
     */
    void measureFull(Scenario scenario, List<Scene> scenes, ToDoubleFunction<Scenario> fullRun) {
        int[] settings = {1, 2, 4};
        double[] seconds = new double[settings.length];
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < settings.length; n++) {
                int k = round == 0 ? n : settings.length - 1 - n;
                List<Scene> variant = new ArrayList<>();
                for (Scene s : scenes) {
                    variant.add(s.withRendering(new Rendering(settings[k], Rendering.ToneMapping.NONE, 0, false, 0,
                            null)));
                }
                seconds[k] += 1 / fullRun.applyAsDouble(new Replay(scenario, variant));
            }
        }
        for (int k = 0; k < settings.length; k++) {
            results.put("full_antialias_" + settings[k] + "_fps", 2 / seconds[k]);
            results.put("full_antialias_" + settings[k] + "_ratio", seconds[0] / seconds[k]);
        }
    }

    private static UnaryOperator<Scene> with(Rendering r) {
        return s -> s.withRendering(r);
    }

    /** The scene with four more lights around the benchmark's table: spot, point, spot, point. */
    static Scene withLights(Scene s) {
        Vector3d centre = new Vector3d(0, 0, 0);
        List<Light> lights = List.of(
                new Light.Spot(new Vector3d(-1.5, 2, 1), new Vector3d(centre).sub(-1.5, 2, 1), new Rgb(1, 0.95, 0.9),
                        6, 30, 45),
                new Light.Point(new Vector3d(1, 1.2, -1), new Rgb(0.9, 0.95, 1), 2),
                new Light.Spot(new Vector3d(1.5, 2, 1.5), new Vector3d(centre).sub(1.5, 2, 1.5), new Rgb(1, 1, 1),
                        5, 25, 40),
                new Light.Point(new Vector3d(-1, 1, -1.2), new Rgb(1, 0.9, 0.8), 2));
        Lighting l = s.lighting();
        Lighting lit = new Lighting(l.sunDirection(), l.sunColor(), l.sunIntensity(), l.skyColor(), l.groundColor(),
                l.ambientIntensity(), lights, l.environment());
        return new Scene(s.frame(), s.seed(), s.timeS(), s.camera(), s.objects(), lit, s.background(),
                s.backgroundImage(), s.params(), s.rendering());
    }

    /** The scene with its shutter closing where every object has moved 5 cm along x (the stills stand still). */
    static Scene moving(Scene s) {
        List<SceneObject> moved = new ArrayList<>();
        for (SceneObject o : s.objects()) {
            moved.add(new SceneObject(o.instanceId(), o.category(), o.name(),
                    new Matrix4d().translation(0.05, 0, 0).mul(o.worldFromObject()), o.shape(), o.material()));
        }
        Scene end = new Scene(s.frame(), s.seed(), s.timeS(), s.camera(), moved, s.lighting(), s.background(),
                s.backgroundImage(), s.params(), s.rendering());
        return s.withShutterEnd(end);
    }
}
