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

    Map<String, Class<? extends TextSampler>> KINDS = OrderedMaps.unmodifiable("choice", Choice.class);

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
