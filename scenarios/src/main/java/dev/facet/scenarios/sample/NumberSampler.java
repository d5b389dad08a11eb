package dev.facet.scenarios.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A number in a scenario file: a plain number (constant), a sampler object with a
 * {@code kind} from a closed list, or {@code "$name"}, a named scenario parameter.
 * Every draw comes from the stream handed in; a sampler holds no generator of its own.
 */
@JsonDeserialize(using = SamplerDeserializers.NumberSamplerDeserializer.class)
public sealed interface NumberSampler {

    /** The sampler kinds a file may name, and the records they map to. Closed: nothing else is accepted. */
    Map<String, Class<? extends NumberSampler>> KINDS = kinds();

    /** One draw; {@code params} holds the current value of every scenario parameter. */
    double sample(SplittableRandom rng, Map<String, Double> params);

    /** One draw of a sampler that names no parameter (the tabletop's settings). */
    default double sample(SplittableRandom rng) {
        return sample(rng, Map.of());
    }

    /** Lowest and highest value a draw can take (infinite for unclamped normals); params via {@code paramBounds}. */
    double[] bounds(Map<String, double[]> paramBounds);

    /** The file form: what describe() writes and the parser reads back. */
    @JsonValue
    Object toJson();

    static NumberSampler of(double value) {
        return new Constant(value);
    }

    private static Map<String, Class<? extends NumberSampler>> kinds() {
        Map<String, Class<? extends NumberSampler>> m = new LinkedHashMap<>();
        m.put("constant", Constant.class);
        m.put("uniform", Uniform.class);
        m.put("normal", Normal.class);
        m.put("log_uniform", LogUniform.class);
        m.put("choice", Choice.class);
        m.put("int_range", IntRange.class);
        m.put("param", Param.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Constant(@JsonProperty(required = true) double value) implements NumberSampler {
        public Constant {
            SamplerChecks.finite(value, "value");
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) { return value; }
        public double[] bounds(Map<String, double[]> p) { return new double[] {value, value}; }
        public Object toJson() { return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value; }
    }

    /** Uniform on [min, max]. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Uniform(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max) implements NumberSampler {
        public Uniform {
            SamplerChecks.finite(min, "min");
            SamplerChecks.finite(max, "max");
            SamplerChecks.minAtMostMax(min, max);
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            double u = rng.nextDouble();
            return min == max ? min : min + (max - min) * u;
        }
        public double[] bounds(Map<String, double[]> p) { return new double[] {min, max}; }
        public Object toJson() { return OrderedMaps.mutable("kind", "uniform", "min", min, "max", max); }
    }

    /** Normal with mean and standard deviation, clamped to [min, max] when given. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Normal(@JsonProperty(required = true) double mean, @JsonProperty(required = true) double std, Double min, Double max) implements NumberSampler {
        public Normal {
            SamplerChecks.finite(mean, "mean");
            if (!(std >= 0) || Double.isInfinite(std)) {
                throw new IllegalArgumentException("std must be a finite number >= 0, got " + std);
            }
            if (min != null && max != null) {
                SamplerChecks.minAtMostMax(min, max);
            }
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            double x = mean + std * Draws.standardNormal(rng);
            if (min != null) {
                x = Math.max(min, x);
            }
            if (max != null) {
                x = Math.min(max, x);
            }
            return x;
        }
        public double[] bounds(Map<String, double[]> p) {
            return new double[] {min != null ? min : (std == 0 ? mean : Double.NEGATIVE_INFINITY),
                    max != null ? max : (std == 0 ? mean : Double.POSITIVE_INFINITY)};
        }
        public Object toJson() {
            Map<String, Object> m = OrderedMaps.mutable("kind", "normal", "mean", mean, "std", std);
            if (min != null) {
                m.put("min", min);
            }
            if (max != null) {
                m.put("max", max);
            }
            return m;
        }
    }

    /** Log-uniform on [min, max], 0 < min: every decade equally likely. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record LogUniform(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max) implements NumberSampler {
        public LogUniform {
            if (!(min > 0) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("log_uniform needs 0 < min <= max, got min " + min);
            }
            SamplerChecks.minAtMostMax(min, max);
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            double u = rng.nextDouble();
            return Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * u);
        }
        public double[] bounds(Map<String, double[]> p) { return new double[] {min, max}; }
        public Object toJson() { return OrderedMaps.mutable("kind", "log_uniform", "min", min, "max", max); }
    }

    /** One of {@code values}, with optional weights (equal when absent). */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Choice(@JsonProperty(required = true) List<Double> values, List<Double> weights) implements NumberSampler {
        public Choice {
            values = SamplerChecks.nonEmpty(values, "values");
            values.forEach(v -> SamplerChecks.finite(v, "values"));
            weights = SamplerChecks.weights(weights, values.size());
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            return values.get(Draws.weightedIndex(rng, weights, values.size()));
        }
        public double[] bounds(Map<String, double[]> p) {
            return new double[] {values.stream().mapToDouble(d -> d).min().orElseThrow(),
                    values.stream().mapToDouble(d -> d).max().orElseThrow()};
        }
        public Object toJson() {
            Map<String, Object> m = OrderedMaps.mutable("kind", "choice", "values", values);
            if (weights != null) {
                m.put("weights", weights);
            }
            return m;
        }
    }

    /**
     * An integer in [min, max], both included, equally likely. Both bounds lie within
     * +-{@link #INT_RANGE_LIMIT} (2^53), the integers a double (what a draw is) holds exactly.
     */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record IntRange(@JsonProperty(required = true) long min, @JsonProperty(required = true) long max) implements NumberSampler {
        /** The largest bound an int_range takes, either sign: 2^53. */
        public static final long INT_RANGE_LIMIT = 1L << 53;

        public IntRange {
            if (min < -INT_RANGE_LIMIT || max > INT_RANGE_LIMIT) {
                throw new IllegalArgumentException("int_range bounds must lie within +-2^53 (" + INT_RANGE_LIMIT
                        + "), got min " + min + ", max " + max);
            }
            if (min > max) {
                throw new IllegalArgumentException("min must not exceed max, got min " + min + " > max " + max);
            }
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            return min == max ? min : rng.nextLong(min, max + 1);
        }
        public double[] bounds(Map<String, double[]> p) { return new double[] {min, max}; }
        public Object toJson() { return OrderedMaps.mutable("kind", "int_range", "min", min, "max", max); }
    }

    /** The current value of a named scenario parameter (declared under {@code params}, varied by a sweep). */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Param(@JsonProperty(required = true) String name) implements NumberSampler {
        public Param {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("a parameter name is letters, digits and _, got '" + name + "'");
            }
        }
        public double sample(SplittableRandom rng, Map<String, Double> params) {
            Double v = params.get(name);
            if (v == null) {
                throw new IllegalStateException("parameter '" + name + "' has no value");
            }
            return v;
        }
        public double[] bounds(Map<String, double[]> p) {
            double[] b = p.get(name);
            return b != null ? b : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        public Object toJson() { return "$" + name; }
    }
}
