package dev.facet.scenarios.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the file forms of {@link NumberSampler}, {@link ColorSampler} and {@link TextSampler}: a scalar
 * shorthand, or an object whose {@code kind} picks a record from a closed, named list.
 * No class names are ever read from the file (no default typing).
 */
final class SamplerDeserializers {
    private SamplerDeserializers() {
    }

    static final class NumberSamplerDeserializer extends StdDeserializer<NumberSampler> {
        NumberSamplerDeserializer() {
            super(NumberSampler.class);
        }

        @Override
        public NumberSampler deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return new NumberSampler.Constant(p.getDoubleValue());
            }
            if (t == JsonToken.VALUE_STRING && p.getText().startsWith("$")) {
                return new NumberSampler.Param(p.getText().substring(1));
            }
            if (t == JsonToken.START_OBJECT) {
                return byKind(p, ctxt, NumberSampler.class, NumberSampler.KINDS, "sampler");
            }
            return ctxt.reportInputMismatch(this, "expected a number, a sampler ({kind: uniform, min: .., max: ..}, ...)"
                    + " or a $parameter, got " + describe(p));
        }
    }

    static final class ColorSamplerDeserializer extends StdDeserializer<ColorSampler> {
        ColorSamplerDeserializer() {
            super(ColorSampler.class);
        }

        @Override
        public ColorSampler deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                List<NumberSampler> channels = new ArrayList<>();
                for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY; x = p.nextToken()) {
                    channels.add(ctxt.readValue(p, NumberSampler.class));
                }
                if (channels.size() != 3) {
                    return ctxt.reportInputMismatch(this, "expected a colour [r, g, b] with 3 channels, got "
                            + channels.size());
                }
                return new ColorSampler.Linear(channels);
            }
            if (t == JsonToken.VALUE_STRING) {
                String s = p.getText();
                if (!s.matches("#[0-9a-fA-F]{6}")) {
                    return ctxt.reportInputMismatch(this, "expected a colour #rrggbb, got '" + s + "'");
                }
                return new ColorSampler.Hex(s);
            }
            if (t == JsonToken.START_OBJECT) {
                return byKind(p, ctxt, ColorSampler.class, ColorSampler.KINDS, "colour sampler");
            }
            return ctxt.reportInputMismatch(this, "expected a colour ([r, g, b], \"#rrggbb\", {kind: hsv, ..} or "
                    + "{kind: choice, ..}), got " + describe(p));
        }
    }

    static final class TextSamplerDeserializer extends StdDeserializer<TextSampler> {
        TextSamplerDeserializer() {
            super(TextSampler.class);
        }

        @Override
        public TextSampler deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                if (p.getText().isBlank()) {
                    return ctxt.reportInputMismatch(this, "expected a non-empty string");
                }
                return new TextSampler.Fixed(p.getText());
            }
            if (t == JsonToken.START_OBJECT) {
                return byKind(p, ctxt, TextSampler.class, TextSampler.KINDS, "string sampler");
            }
            return ctxt.reportInputMismatch(this, "expected a string or {kind: choice, values: [..]}, got "
                    + describe(p));
        }
    }

    private static <T> T byKind(JsonParser p, DeserializationContext ctxt, Class<T> base,
                                Map<String, Class<? extends T>> kinds, String what) throws IOException {
        JsonNode node = ctxt.readTree(p);
        JsonNode kind = node.get("kind");
        if (kind == null) {
            return ctxt.reportInputMismatch(base, "a " + what + " needs a 'kind': one of "
                    + String.join(", ", kinds.keySet()));
        }
        if (!kind.isTextual()) {
            return ctxt.reportInputMismatch(base, "'kind' must be a string: one of " + String.join(", ", kinds.keySet()));
        }
        Class<? extends T> type = kinds.get(kind.asText());
        if (type == null) {
            return ctxt.reportInputMismatch(base, "unknown " + what + " kind '" + kind.asText() + "'; expected one of "
                    + String.join(", ", kinds.keySet()));
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        fields.remove("kind");
        return ctxt.readTreeAsValue(fields, type);
    }

    private static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING -> "the string '" + p.getText() + "'";
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            default -> p.getText();
        };
    }
}
