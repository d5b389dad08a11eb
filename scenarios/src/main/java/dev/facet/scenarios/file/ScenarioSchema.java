package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON Schema of the scenario file format, generated from the model classes (so it
 * cannot drift from the parser) with victools' generator and its Jackson module. The
 * sampler types, read by hand-written deserializers, get their definitions here.
 */
public final class ScenarioSchema {
    private ScenarioSchema() {
    }

    public static String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES
);
        config.forTypesInGeneral().withDefinitionNamingStrategy(new FormatDefinitionNames());
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            if (raw == NumberSampler.class) {
                return new CustomDefinition(num(mapper), CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (raw == ColorSampler.class) {
                return new CustomDefinition(color(mapper), CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            if (raw == TextSampler.class) {
                return new CustomDefinition(text(mapper), CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.AttributeInclusion.NO);
            }
            return null;
        });
        SchemaGenerator generator = new SchemaGenerator(config.build());
        ObjectNode schema = generator.generateSchema(ScenarioSpec.class);
        schema.put("$id", "https://facet.dev/schema/scenario-1.json");
        schema.put("title", "Facet scenario file, format version 1");
        ((ObjectNode) schema.path("properties").path("facet")).put("const", ScenarioSpec.VERSION);
        // the modality names, as the checks accept them
        com.fasterxml.jackson.databind.node.ArrayNode outputs =
                ((ObjectNode) schema.path("properties").path("outputs").path("items")).putArray("enum");
        dev.facet.engine.spi.Modality.NAMES.forEach(outputs::add);
        inlineKinds((ObjectNode) schema.get("$defs"));
        assetFolder((ObjectNode) schema.get("$defs"));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Definitions are named after the model classes, except the samplers: they keep the keys
     * the published schema has always had ({@code Num}, {@code ColorSpec}, {@code Text}), also
     * inside generic names such as {@code Map(String,Num)}.
     */
    private static final class FormatDefinitionNames implements SchemaDefinitionNamingStrategy {
        private static final Map<String, String> KEYS = Map.of(
                NumberSampler.class.getSimpleName(), "Num",
                ColorSampler.class.getSimpleName(), "ColorSpec",
                TextSampler.class.getSimpleName(), "Text");
        private static final Pattern RENAMED = Pattern.compile("\\b(" + String.join("|", KEYS.keySet()) + ")\\b");
        private final SchemaDefinitionNamingStrategy classNames = new DefaultSchemaDefinitionNamingStrategy();

        @Override
        public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
            String name = classNames.getDefinitionNameForKey(key, context);
            return RENAMED.matcher(name).replaceAll(m -> KEYS.get(m.group(1)));
        }
    }

    /**
     * The Jackson module describes a subtype as {$ref: fields, properties: {kind: const}};
     * with additionalProperties false on the fields that would refuse "kind", so the kind
     * is merged into the subtype's own definition.
     */
    private static void inlineKinds(ObjectNode defs) {
        java.util.Set<String> merged = new java.util.HashSet<>();
        for (String name : iterable(defs)) {
            ObjectNode def = (ObjectNode) defs.get(name);
            JsonNode kind = def.path("properties").path("kind");
            if (!def.has("$ref") || kind.isMissingNode()) {
                continue;
            }
            String target = def.get("$ref").asText().substring("#/$defs/".length());
            ObjectNode copy = ((ObjectNode) defs.get(target)).deepCopy();
            ObjectNode props = copy.putObject("properties");
            props.set("kind", kind);
            ((ObjectNode) defs.get(target)).path("properties").fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue()));
            ArrayNode required = copy.putArray("required").add("kind");
            defs.get(target).path("required").forEach(required::add);
            defs.set(name, copy);
            merged.add(target);
        }
        merged.forEach(defs::remove);
    }

    /** The closed values of an asset folder's fields: its up axes, a positive fit. */
    private static void assetFolder(ObjectNode defs) {
        for (String name : iterable(defs)) {
            JsonNode props = defs.get(name).path("properties");
            if (props.path("kind").path("const").asText().equals("asset_folder")) {
                ArrayNode up = ((ObjectNode) props.get("up")).putArray("enum");
                dev.facet.scenarios.library.UpAxis.names().forEach(up::add);
                ((ObjectNode) props.get("fit")).put("exclusiveMinimum", 0);
            }
        }
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static java.util.List<String> iterable(ObjectNode defs) {
        java.util.List<String> names = new java.util.ArrayList<>();
        defs.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode sampler(ObjectMapper m, String kind, String description, Map<String, String> props,
                                      String... required) {
        ObjectNode o = m.createObjectNode().put("type", "object").put("description", description);
        ObjectNode p = o.putObject("properties");
        p.putObject("kind").put("const", kind);
        props.forEach((k, t) -> p.set(k, m.createObjectNode().put("type", t)));
        ArrayNode req = o.putArray("required").add("kind");
        for (String r : required) {
            req.add(r);
        }
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode num(ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("description", "A number, a sampler object, or \"$name\" (a scenario parameter).");
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "number");
        any.addObject().put("type", "string").put("pattern", "^\\$[A-Za-z_][A-Za-z0-9_]*$");
        any.add(sampler(m, "constant", "Always value.", ordered("value", "number"), "value"));
        any.add(sampler(m, "uniform", "Uniform on [min, max].", ordered("min", "number", "max", "number"), "min", "max"));
        any.add(sampler(m, "normal", "Normal(mean, std), clamped to [min, max] where given.",
                ordered("mean", "number", "std", "number", "min", "number", "max", "number"), "mean", "std"));
        any.add(sampler(m, "log_uniform", "Log-uniform on [min, max], 0 < min.",
                ordered("min", "number", "max", "number"), "min", "max"));
        ObjectNode choice = sampler(m, "choice", "One of values, optionally weighted.", Map.of(), "values");
        ((ObjectNode) choice.get("properties")).putObject("values").put("type", "array").put("minItems", 1)
                .putObject("items").put("type", "number");
        ((ObjectNode) choice.get("properties")).putObject("weights").put("type", "array").putObject("items")
                .put("type", "number").put("minimum", 0);
        any.add(choice);
        any.add(sampler(m, "int_range", "An integer in [min, max], both included.",
                ordered("min", "integer", "max", "integer"), "min", "max"));
        any.add(sampler(m, "param", "The value of a scenario parameter.", ordered("name", "string"), "name"));
        return n;
    }

    private static ObjectNode color(ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("description", "[r, g, b] linear in [0, 1] (each may be a sampler), \"#rrggbb\" (sRGB), "
                + "{kind: hsv, h, s, v} or {kind: choice, values, weights}.");
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "array").put("minItems", 3).put("maxItems", 3)
                .putObject("items").put("$ref", "#/$defs/Num");
        any.addObject().put("type", "string").put("pattern", "^#[0-9a-fA-F]{6}$");
        ObjectNode hsv = sampler(m, "hsv", "Hue, saturation, value in [0, 1] (sRGB).", Map.of(), "h", "s", "v");
        for (String k : new String[] {"h", "s", "v"}) {
            ((ObjectNode) hsv.get("properties")).putObject(k).put("$ref", "#/$defs/Num");
        }
        any.add(hsv);
        ObjectNode choice = sampler(m, "choice", "One of the colours, optionally weighted.", Map.of(), "values");
        ((ObjectNode) choice.get("properties")).putObject("values").put("type", "array").put("minItems", 1)
                .putObject("items").put("$ref", "#/$defs/ColorSpec");
        ((ObjectNode) choice.get("properties")).putObject("weights").put("type", "array").putObject("items")
                .put("type", "number").put("minimum", 0);
        any.add(choice);
        return n;
    }

    private static ObjectNode text(ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("description", "A string (a path relative to the scenario file, or a kind), {kind: choice, values, weights} or"
                + " {kind: folder, path, pattern}.");
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "string").put("minLength", 1);
        ObjectNode choice = sampler(m, "choice", "One of the strings, optionally weighted.", Map.of(), "values");
        ((ObjectNode) choice.get("properties")).putObject("values").put("type", "array").put("minItems", 1)
                .putObject("items").put("type", "string");
        ((ObjectNode) choice.get("properties")).putObject("weights").put("type", "array").putObject("items")
                .put("type", "number").put("minimum", 0);
        any.add(choice);
        any.add(sampler(m, "folder", "Any file of a folder (relative to the scenario file) whose path within it matches"
                + " pattern (a glob; default: the files the field takes), one picked uniformly per draw.",
                ordered("path", "string", "pattern", "string"), "path"));
        return n;
    }

    /** The schema as a tree, for tests. */
    public static JsonNode tree() {
        try {
            return new ObjectMapper().readTree(json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
