package dev.facet.scenarios.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.facet.engine.scene.Rgb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A colour in a scenario file: {@code [r, g, b]} linear channels in [0, 1] (each may be a
 * sampler), {@code "#rrggbb"} (sRGB, as in a colour picker), {@code {kind: hsv, h, s, v}}
 * (sRGB-encoded, all in [0, 1]) or {@code {kind: choice, values: [...], weights: [...]}}.
 */
@JsonDeserialize(using = SamplerDeserializers.ColorSamplerDeserializer.class)
public sealed interface ColorSampler {

    Map<String, Class<? extends ColorSampler>> KINDS = OrderedMaps.unmodifiable("hsv", Hsv.class, "choice", Choice.class);

    Rgb sample(SplittableRandom rng, Map<String, Double> params);

    @JsonValue
    Object toJson();

    /** Every number in this colour, with the path suffix it sits at, for range checks. */
    Map<String, NumberSampler> channels();

    static ColorSampler linear(double r, double g, double b) {
        return new Linear(List.of(NumberSampler.of(r), NumberSampler.of(g), NumberSampler.of(b)));
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Linear(List<NumberSampler> rgb) implements ColorSampler {
        public Linear {
            if (rgb == null || rgb.size() != 3 || rgb.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("a colour needs 3 channels [r, g, b]");
            }
            rgb = List.copyOf(rgb);
        }
        public Rgb sample(SplittableRandom rng, Map<String, Double> params) {
            return new Rgb(clamp(rgb.get(0).sample(rng, params)), clamp(rgb.get(1).sample(rng, params)),
                    clamp(rgb.get(2).sample(rng, params)));
        }
        public Object toJson() {
            List<Object> out = new ArrayList<>();
            rgb.forEach(n -> out.add(n.toJson()));
            return out;
        }
        public Map<String, NumberSampler> channels() {
            return OrderedMaps.unmodifiable("[0]", rgb.get(0), "[1]", rgb.get(1), "[2]", rgb.get(2));
        }
    }

    /** {@code #rrggbb}: sRGB-encoded, stored linear. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Hex(String hex) implements ColorSampler {
        public Hex {
            if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("a colour string is #rrggbb, got '" + hex + "'");
            }
        }
        public Rgb sample(SplittableRandom rng, Map<String, Double> params) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return Rgb.fromSrgb(((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0);
        }
        public Object toJson() { return hex; }
        public Map<String, NumberSampler> channels() { return Map.of(); }
    }

    /** Hue, saturation, value in [0, 1], sRGB-encoded, stored linear. */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Hsv(@JsonProperty(required = true) NumberSampler h, @JsonProperty(required = true) NumberSampler s, @JsonProperty(required = true) NumberSampler v) implements ColorSampler {
        public Hsv {
            if (h == null || s == null || v == null) {
                throw new IllegalArgumentException("hsv needs h, s and v");
            }
        }
        public Rgb sample(SplittableRandom rng, Map<String, Double> params) {
            return Rgb.fromHsv(h.sample(rng, params), s.sample(rng, params), v.sample(rng, params));
        }
        public Object toJson() {
            return OrderedMaps.mutable("kind", "hsv", "h", h.toJson(), "s", s.toJson(), "v", v.toJson());
        }
        public Map<String, NumberSampler> channels() { return OrderedMaps.unmodifiable(".h", h, ".s", s, ".v", v); }
    }

    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Choice(@JsonProperty(required = true) List<ColorSampler> values, List<Double> weights) implements ColorSampler {
        public Choice {
            values = SamplerChecks.nonEmpty(values, "values");
            weights = SamplerChecks.weights(weights, values.size());
        }
        public Rgb sample(SplittableRandom rng, Map<String, Double> params) {
            return values.get(Draws.weightedIndex(rng, weights, values.size())).sample(rng, params);
        }
        public Object toJson() {
            List<Object> vs = new ArrayList<>();
            values.forEach(v -> vs.add(v.toJson()));
            Map<String, Object> m = OrderedMaps.mutable("kind", "choice", "values", vs);
            if (weights != null) {
                m.put("weights", weights);
            }
            return m;
        }
        public Map<String, NumberSampler> channels() {
            Map<String, NumberSampler> m = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                for (Map.Entry<String, NumberSampler> e : values.get(i).channels().entrySet()) {
                    m.put(".values[" + i + "]" + e.getKey(), e.getValue());
                }
            }
            return m;
        }
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }
}
