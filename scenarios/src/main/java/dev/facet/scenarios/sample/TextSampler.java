package dev.facet.scenarios.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * A string in a scenario file (an asset path, a shape kind): a plain string, or
 * {@code {kind: choice, values: [...], weights: [...]}}.
 */
@JsonDeserialize(using = SamplerDeserializers.TextSamplerDeserializer.class)
public sealed interface TextSampler {

    Map<String, Class<? extends TextSampler>> KINDS = OrderedMaps.unmodifiable("choice", Choice.class,
            "folder", Folder.class);

    String sample(SplittableRandom rng);

    /** Every value a draw can give. */
    List<String> values();

    /** The same sampler with every value mapped (paths resolved against the file's folder). */
    TextSampler map(UnaryOperator<String> f);

    @JsonValue
    Object toJson();

    static TextSampler of(String s) {
        return new Fixed(s);
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Fixed(String value) implements TextSampler {
        public Fixed {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("must not be empty");
            }
        }
        public String sample(SplittableRandom rng) { return value; }
        public List<String> values() { return List.of(value); }
        public TextSampler map(UnaryOperator<String> f) { return new Fixed(f.apply(value)); }
        public Object toJson() { return value; }
    }

    /**
     * {@code {kind: folder, path, pattern}} as the file gives it: any file of a folder. Loading
     * lists the folder ({@link Listed}); this form has no values until then.
     */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Folder(@JsonProperty(required = true) String path, String pattern) implements TextSampler {
        public Folder {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("path must not be empty");
            }
            if (pattern != null && pattern.isBlank()) {
                throw new IllegalArgumentException("pattern must not be empty");
            }
        }
        public String sample(SplittableRandom rng) { throw new IllegalStateException("folder " + path + " not listed"); }
        public List<String> values() { return List.of(); }
        public TextSampler map(UnaryOperator<String> f) { return new Folder(f.apply(path), pattern); }
        public Object toJson() {
            Map<String, Object> m = OrderedMaps.mutable("kind", "folder", "path", path);
            if (pattern != null) {
                m.put("pattern", pattern);
            }
            return m;
        }
    }

    /**
     * A folder once listed: {@code files} are its matching files' sources in their fixed order
     * (see {@code AssetFolder}); each draw picks one uniformly (one draw). {@code problem} says why
     * the listing failed (reported by the checks, at this field), else null. Written back as its
     * file form, so a dataset.json lists the folder again.
     */
    record Listed(String path, String pattern, List<String> files, String problem) implements TextSampler {
        public Listed {
            files = List.copyOf(files);
        }
        public String sample(SplittableRandom rng) { return files.get(Draws.weightedIndex(rng, null, files.size())); }
        public List<String> values() { return files; }
        public TextSampler map(UnaryOperator<String> f) { return new Listed(path, pattern, files.stream().map(f).toList(), problem); }
        public Object toJson() { return new Folder(path, pattern).toJson(); }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Choice(@JsonProperty(required = true) List<String> values, List<Double> weights) implements TextSampler {
        public Choice {
            values = SamplerChecks.nonEmpty(values, "values");
            weights = SamplerChecks.weights(weights, values.size());
        }
        public String sample(SplittableRandom rng) { return values.get(Draws.weightedIndex(rng, weights, values.size())); }
        public TextSampler map(UnaryOperator<String> f) { return new Choice(values.stream().map(f).toList(), weights); }
        public Object toJson() {
            Map<String, Object> m = OrderedMaps.mutable("kind", "choice", "values", values);
            if (weights != null) {
                m.put("weights", weights);
            }
            return m;
        }
    }
}
