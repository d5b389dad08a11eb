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
@JsonDeserialize(using = SamplerDeserializers.TextDeserializer.class)
public sealed interface Text {

    Map<String, Class<? extends Text>> KINDS = Checks.ordered("choice", Choice.class);

    String sample(SplittableRandom rng);

    /** Every value a draw can give. */
    List<String> values();

    /** The same sampler with every value mapped (paths resolved against the file's folder). */
    Text map(UnaryOperator<String> f);

    @JsonValue
    Object toJson();

    static Text of(String s) {
        return new Fixed(s);
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Fixed(String value) implements Text {
        public Fixed {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("must not be empty");
            }
        }
        public String sample(SplittableRandom rng) { return value; }
        public List<String> values() { return List.of(value); }
        public Text map(UnaryOperator<String> f) { return new Fixed(f.apply(value)); }
        public Object toJson() { return value; }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Choice(@JsonProperty(required = true) List<String> values, List<Double> weights) implements Text {
        public Choice {
            values = Checks.nonEmpty(values, "values");
            weights = Checks.weights(weights, values.size());
        }
        public String sample(SplittableRandom rng) { return values.get(Checks.pick(rng, weights, values.size())); }
        public Text map(UnaryOperator<String> f) { return new Choice(values.stream().map(f).toList(), weights); }
        public Object toJson() {
            Map<String, Object> m = Checks.map("kind", "choice", "values", values);
            if (weights != null) {
                m.put("weights", weights);
            }
            return m;
        }
    }
}
