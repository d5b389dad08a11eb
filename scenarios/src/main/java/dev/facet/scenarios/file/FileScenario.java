package dev.facet.scenarios.file;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.scenarios.check.CheckedScenario;
import dev.facet.scenarios.randomize.FrameDraft;
import dev.facet.scenarios.randomize.Randomizer;
import dev.facet.scenarios.randomize.RandomizerChain;
import dev.facet.scenarios.script.SceneBuilder;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.sweep.SweepPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario read from a file: its resolved spec, the chain of randomizers built from it
 * and its sweep. Frame k: parameters = defaults overlaid with k's sweep point; the
 * randomizers run in order on a draft; the draft becomes the Scene.
 */
public final class FileScenario implements Scenario {
    private final ScenarioSpec spec;
    private final SweepPlan sweep;
    private final RandomizerChain chain;
    private final RunDefaults defaults;
    private final ParsedText text;
    private final FieldPath within;

    /**
     * {@code fromDataset}: the seed, frames and size of the run a dataset.json records, or null;
     * {@code within}: where in {@code text} the scenario stands (the top, or a dataset.json's scenario).
     */
    FileScenario(CheckedScenario checked, RandomizerChain chain, RunDefaults fromDataset, ParsedText text,
                 FieldPath within) {
        this.text = text;
        this.within = within;
        this.spec = checked.spec();
        this.sweep = checked.sweep();
        this.chain = chain;
        this.defaults = defaults(spec, sweep, fromDataset);
    }

    /** Seed, frames and size from the file (or the dataset it replays); the sweep's frame limit; the outputs and exporters. */
    private static RunDefaults defaults(ScenarioSpec spec, SweepPlan sweep, RunDefaults fromDataset) {
        Long frames = spec.frames() != null ? Long.valueOf(spec.frames()) : sweep.swept() ? sweep.frames() : null;
        Map<String, Map<String, Object>> exports = new LinkedHashMap<>();
        exports.put("core", Map.of("outputs", spec.outputs()));
        exports.putAll(spec.export());
        Long frameLimit = sweep.swept() ? sweep.frames() : null;
        RunDefaults run = fromDataset != null ? fromDataset : new RunDefaults(spec.seed(), null, frames,
                new ImageSize(spec.camera().resolution().get(0), spec.camera().resolution().get(1)), null, Map.of());
        return new RunDefaults(run.seed(), run.start(), run.frames(), run.size(), frameLimit, exports);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public List<Category> categories() {
        return chain.categories();
    }

    /**
     * Frame {@code frame} drawn from {@code frameSeed}. In a sequence the seed stands for the
     * sequence's own seed (every step draws from it); runs go through {@link #sceneInRun}.
     */
    @Override
    public Scene scene(long frame, long frameSeed, ImageSize size) {
        return draw(frame, frameSeed, frameSeed, size);
    }

    /** In a sequence every step draws from the seed of the sequence's first frame: (run seed, sequence). */
    @Override
    public Scene sceneInRun(long runSeed, long frame, ImageSize size) {
        long own = Streams.frameSeed(runSeed, frame);
        if (spec.sequence() == null) {
            return draw(frame, own, own, size);
        }
        long first = frame - frame % sequenceLength();
        return draw(frame, own, Streams.frameSeed(runSeed, first), size);
    }

    /**
     * Step t+1 of frame {@code frame}'s sequence, drawn from the same sequence seed; after the last
     * step, the world one step beyond (motion and physics simply continue). Within a sequence it equals
     * frame {@code frame + 1} of the run.
     */
    @Override
    public Scene sceneAfter(long runSeed, long frame, ImageSize size) {
        if (spec.sequence() == null) {
            return Scenario.super.sceneAfter(runSeed, frame, size);
        }
        long first = frame - frame % sequenceLength();
        int step = (int) (frame % sequenceLength()) + 1;
        // the sweep point is the sequence's own (the frame after the last step belongs to no sequence)
        return draw(frame + 1, frame, Streams.frameSeed(runSeed, frame + 1), Streams.frameSeed(runSeed, first), size,
                frame / sequenceLength(), step);
    }

    @Override
    public int sequenceLength() {
        return spec.sequence() == null ? 1 : spec.sequence().frames();
    }

    private Scene draw(long frame, long frameSeed, long drawSeed, ImageSize size) {
        return spec.sequence() == null ? draw(frame, frame, frameSeed, drawSeed, size, 0, null)
                : draw(frame, frame, frameSeed, drawSeed, size, frame / sequenceLength(),
                        (int) (frame % sequenceLength()));
    }

    /**
     * Frame {@code frame} at frame {@code pointOf}'s sweep point, as step {@code step} of sequence
     * {@code sequence}, or a still frame when step is null.
     */
    private Scene draw(long frame, long pointOf, long frameSeed, long drawSeed, ImageSize size, long sequence,
                       Integer step) {
        Map<String, Double> point = sweep.point(pointOf);
        Map<String, Double> parameterValues = new LinkedHashMap<>(spec.params());
        parameterValues.putAll(point);
        SceneBuilder builder = new SceneBuilder(frame, frameSeed, size);
        SweepPlan.asParams(point).forEach(builder::param);
        FrameDraft draft;
        if (step == null) {
            draft = new FrameDraft(drawSeed, parameterValues, builder);
        } else {
            builder.time(step / spec.sequence().fps()).sequence(sequence, step);
            draft = new FrameDraft(drawSeed, parameterValues, builder, step, spec.sequence().fps(), sequenceLength());
        }
        chain.apply(draft);
        draft.finish();
        return builder.build();
    }

    /** The resolved spec, every default filled in, as plain maps and lists: what dataset.json records. */
    @Override
    public Map<String, Object> describe() {
        return SpecJson.toMap(spec);
    }

    public ScenarioSpec spec() {
        return spec;
    }

    public SweepPlan sweep() {
        return sweep;
    }

    public List<Randomizer> randomizers() {
        return chain.randomizers();
    }

    @Override
    public RunDefaults defaults() {
        return defaults;
    }

    /**
     * Where the field at {@code path} (written {@code export.coco.iscrowd} or {@code objects[0].shape})
     * stands in the file, as {@code FILE:LINE:COLUMN}: the field's own place, else its nearest
     * ancestor's. Commands use it for mistakes they find in the scenario's values (exporter options).
     */
    public String locate(String path) {
        return text.where(within, FieldPath.ROOT.append(path.startsWith("[") ? path : "." + path));
    }

    /** The highest instance id a frame can hold. */
    public int instanceIds() {
        return chain.instanceIds();
    }
}
