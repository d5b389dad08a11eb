package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.randomize.AmbientRandomizer;
import dev.facet.scenarios.randomize.BackgroundRandomizer;
import dev.facet.scenarios.randomize.CameraRandomizer;
import dev.facet.scenarios.randomize.DistractorRandomizer;
import dev.facet.scenarios.randomize.EnvironmentRandomizer;
import dev.facet.scenarios.randomize.FrameDraft;
import dev.facet.scenarios.randomize.GroundRandomizer;
import dev.facet.scenarios.randomize.LightRandomizer;
import dev.facet.scenarios.randomize.MaterialRandomizer;
import dev.facet.scenarios.randomize.PlacementRandomizer;
import dev.facet.scenarios.randomize.PoseRandomizer;
import dev.facet.scenarios.randomize.Randomizer;
import dev.facet.scenarios.randomize.ScaleRandomizer;
import dev.facet.scenarios.randomize.SpawnRandomizer;
import dev.facet.scenarios.randomize.SunRandomizer;
import dev.facet.scenarios.randomize.WallsRandomizer;
import dev.facet.scenarios.script.SceneBuilder;
import dev.facet.scenarios.sweep.SweepPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario read from a file: its resolved model, the randomizers built from it (one per
 * randomized aspect, each with the JSON path of that aspect as its stream identity) and
 * its sweep. Frame k: parameters = defaults overlaid with k's sweep point; the randomizers
 * run in a fixed order on a draft; the draft becomes the Scene.
 */
public final class FileScenario implements Scenario {
    private final ScenarioSpec model;
    private final SweepPlan sweep;
    private final List<Randomizer> randomizers = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final RunDefaults defaults;
    private final int instanceIds;

    FileScenario(ScenarioSpec model, Map<String, Shape.Mesh> meshes, Map<String, double[]> paramBounds,
                 RunDefaults fromDataset) {
        this.model = model;
        this.sweep = SweepPlan.of(model.sweep());
        int next = 1;
        if (model.ground().enabled()) {
            randomizers.add(new GroundRandomizer(model.ground(), category(model.ground().category()), next++));
        }
        if (model.walls().enabled()) {
            randomizers.add(new WallsRandomizer(model.walls(), model.ground().size(), category(model.walls().category()),
                    next));
            next += 4;
        }
        for (int i = 0; i < model.objects().size(); i++) {
            ObjectSpec o = model.objects().get(i);
            int max = SpawnRandomizer.maxCount(o.count(), paramBounds);
            randomizers.add(new SpawnRandomizer(i, o, category(o.category()), next, max, meshes));
            randomizers.add(new ScaleRandomizer(i, o.scale()));
            randomizers.add(new MaterialRandomizer(i, o.material()));
            randomizers.add(new PoseRandomizer(i, o.pose()));
            next += max;
        }
        if (model.distractors() != null) {
            int max = SpawnRandomizer.maxCount(model.distractors().count(), paramBounds);
            randomizers.add(new DistractorRandomizer(model.distractors(), category(model.distractors().category()), next,
                    max, meshes));
            next += max;
        }
        randomizers.add(new PlacementRandomizer(model.placement()));
        randomizers.add(new CameraRandomizer(model.camera()));
        randomizers.add(new SunRandomizer(model.lighting().sun()));
        randomizers.add(new AmbientRandomizer(model.lighting().ambient()));
        for (int j = 0; j < model.lighting().lights().size(); j++) {
            randomizers.add(new LightRandomizer(j, model.lighting().lights().get(j)));
        }
        if (model.lighting().environment() != null) {
            randomizers.add(new EnvironmentRandomizer(model.lighting().environment()));
        }
        randomizers.add(new BackgroundRandomizer(model.background()));
        this.instanceIds = next - 1;
        Long frames = model.frames() != null ? Long.valueOf(model.frames()) : sweep.swept() ? sweep.frames() : null;
        Map<String, Map<String, Object>> exports = new LinkedHashMap<>();
        exports.put("core", Map.of("outputs", model.outputs()));
        exports.putAll(model.export());
        Long frameLimit = sweep.swept() ? sweep.frames() : null;
        RunDefaults run = fromDataset != null ? fromDataset : new RunDefaults(model.seed(), null, frames,
                new ImageSize(model.camera().resolution().get(0), model.camera().resolution().get(1)), null, Map.of());
        this.defaults = new RunDefaults(run.seed(), run.start(), run.frames(), run.size(), frameLimit, exports);
    }

    private Category category(String name) {
        return categories.computeIfAbsent(name, n -> new Category(categories.size() + 1, n));
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    @Override
    public Scene scene(long frame, long frameSeed, ImageSize size) {
        Map<String, Double> point = sweep.point(frame);
        Map<String, Double> params = new LinkedHashMap<>(model.params());
        params.putAll(point);
        SceneBuilder builder = new SceneBuilder(frame, frameSeed, size);
        SweepPlan.asParams(point).forEach(builder::param);
        FrameDraft draft = new FrameDraft(frameSeed, params, builder);
        for (Randomizer r : randomizers) {
            r.apply(draft);
        }
        draft.finish();
        return builder.build();
    }

    /** The resolved model, every default filled in, as plain maps and lists: what dataset.json records. */
    @Override
    public Map<String, Object> describe() {
        return toMap(model);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> toMap(ScenarioSpec model) {
        ObjectMapper mapper = ScenarioParser.mapper(ScenarioParser.JSON);
        return mapper.convertValue(model, LinkedHashMap.class);
    }

    public ScenarioSpec model() {
        return model;
    }

    public SweepPlan sweep() {
        return sweep;
    }

    public List<Randomizer> randomizers() {
        return List.copyOf(randomizers);
    }

    @Override
    public RunDefaults defaults() {
        return defaults;
    }

    /** The highest instance id a frame can hold. */
    public int instanceIds() {
        return instanceIds;
    }

    /** Exporters the file asks for beyond the core files, by name with their options (for the exporter registry). */
    public Map<String, Map<String, Object>> exports() {
        return model.export();
    }

    /** The modalities the file asks for. */
    public List<String> outputs() {
        return model.outputs();
    }
}
