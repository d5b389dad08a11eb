package dev.facet.scenarios.file;

import dev.facet.scenarios.spec.ScenarioSpec;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads scenario text (YAML or JSON) into a {@link ScenarioSpec}, strictly: unknown fields,
 * wrong types, duplicate keys, trailing content and unknown kinds are errors, each reported
 * as one {@link ScenarioError} with file, line, column and the field's path. Jackson's
 * default typing is never enabled: every polymorphic part is a closed, named list.
 */
public final class ScenarioParser {
    static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    static final JsonFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ScenarioParser() {
    }

    /** A strict mapper over {@code factory}; the same settings for YAML and JSON. */
    static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** The text to parse and how to name it in messages. */
    public record Source(String label, String text, boolean yaml) {
        JsonFactory factory() {
            return yaml ? YAML : JSON;
        }

        static boolean isYaml(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml");
        }
    }

    /** The parsed text: the tree (for messages) and where each field stands. */
    record Parsed(JsonNode tree, Locator locator, Source source, FieldPath prefix) {
        ScenarioError error(FieldPath path, String problem) {
            FieldPath full = new FieldPath(concat(prefix.segments(), path.segments()));
            int[] at = locator.find(full);
            return new ScenarioError(source.label(), at[0], at[1], path.toString(), problem);
        }

        private static List<Object> concat(List<Object> a, List<Object> b) {
            List<Object> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    /** Parses the text into a tree; syntax errors and a non-mapping top level are reported. */
    static Parsed tree(Source source) {
        ObjectMapper mapper = mapper(source.factory());
        JsonNode tree;
        try {
            tree = mapper.readTree(source.text());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioError(source.label(), at != null ? at.getLineNr() : 0, at != null ? at.getColumnNr() : 0,
                    "", syntaxProblem(e));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioError(source.label(), 1, 1, "", "the file is empty; a scenario starts with `facet: 1`");
        }
        if (!tree.isObject()) {
            throw new ScenarioError(source.label(), 1, 1, "", "expected a mapping of fields at the top (facet: 1, ...)");
        }
        return new Parsed(tree, new Locator(source.factory(), source.text()), source, FieldPath.ROOT);
    }

    private static String syntaxProblem(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg.startsWith("Duplicate field ")) {
            return "duplicate field " + msg.substring("Duplicate field ".length());
        }
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
            String problem = y.getProblem() != null ? y.getProblem() : "";
            return "syntax error: " + (y.getContext() != null ? y.getContext() + ": " : "") + problem;
        }
        int cut = msg.indexOf(" (for ");
        msg = cut > 0 ? msg.substring(0, cut) : msg;
        return "syntax error: " + msg.lines().findFirst().orElse("");
    }

    /** Binds a tree (the whole file or a part of it, at {@code prefix}) to the model. */
    static ScenarioSpec bind(Parsed parsed, JsonNode node, FieldPath prefix) {
        Parsed at = new Parsed(parsed.tree(), parsed.locator(), parsed.source(), prefix);
        JsonNode version = node.get("facet");
        if (version == null) {
            throw at.error(FieldPath.ROOT.field("facet"), "missing `facet: " + ScenarioSpec.VERSION
                    + "` (the format version) at the top of the file");
        }
        if (!version.isInt() || version.asInt() != ScenarioSpec.VERSION) {
            throw at.error(FieldPath.ROOT.field("facet"), "unsupported format version " + version
                    + "; this Facet reads version " + ScenarioSpec.VERSION);
        }
        try {
            return mapper(parsed.source().factory()).treeToValue(node, ScenarioSpec.class);
        } catch (JsonMappingException e) {
            FieldPath path = path(e);
            throw at.error(path.segments().isEmpty() ? path : path, problem(e, node, path));
        } catch (JsonProcessingException e) {
            throw at.error(FieldPath.ROOT, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw at.error(FieldPath.ROOT, e.getMessage());
        }
    }

    static FieldPath path(JsonMappingException e) {
        FieldPath p = FieldPath.ROOT;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                p = p.field(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                p = p.index(r.getIndex());
            }
        }
        return p;
    }

    private static String problem(JsonMappingException e, JsonNode root, FieldPath path) {
        if (e instanceof UnrecognizedPropertyException u) {
            TreeSet<String> known = new TreeSet<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            known.remove("kind");
            return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? ""
                    : "; expected one of: " + String.join(", ", known));
        }
        if (e instanceof InvalidTypeIdException t) {
            String kinds = kinds(t.getBaseType() != null ? t.getBaseType().getRawClass() : null);
            if (t.getTypeId() == null) {
                return "missing 'kind': one of " + kinds;
            }
            return "unknown kind '" + t.getTypeId() + "'; expected one of " + kinds;
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            return cause.getMessage();
        }
        String original = e.getOriginalMessage();
        if (original.startsWith("Missing required creator property '")) {
            String field = original.substring("Missing required creator property '".length());
            field = field.substring(0, field.indexOf('\''));
            return "missing required field '" + field + "'";
        }
        if (original.startsWith("Missing type id")) {
            return "missing 'kind'";
        }
        if (e instanceof MismatchedInputException m && (original.startsWith("Cannot ")
                || original.startsWith("Unexpected token"))) {
            return "expected " + expected(m.getTargetType()) + ", got " + got(root, path);
        }
        return original.lines().findFirst().orElse(original);
    }

    private static String kinds(Class<?> base) {
        if (base == null) {
            return "(see `facet schema`)";
        }
        JsonSubTypes sub = base.getAnnotation(JsonSubTypes.class);
        if (sub == null) {
            return "(see `facet schema`)";
        }
        List<String> names = new ArrayList<>();
        for (JsonSubTypes.Type t : sub.value()) {
            names.add(t.name());
        }
        return String.join(", ", names);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String got(JsonNode root, FieldPath path) {
        JsonNode n = root;
        for (Object s : path.segments()) {
            n = s instanceof Integer i ? n.path(i) : n.path((String) s);
        }
        if (n.isMissingNode()) {
            return "something else";
        }
        if (n.isTextual()) {
            return "the string '" + n.asText() + "'";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isNull()) {
            return "null";
        }
        return n.toString();
    }
}
