package dev.facet.scenarios.file;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.facet.scenarios.spec.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's errors while reading a scenario into the one-line problems Facet prints:
 * syntax errors, unknown fields (with the known ones), unknown kinds (with the closed list),
 * missing fields and values of the wrong type (what was expected, what the file holds).
 */
final class BindingProblems {
    private static final Pattern OUT_OF_RANGE = Pattern.compile(
            "Numeric value \\((\\S+)\\) out of range of (int|long) \\((-?\\d+) - (-?\\d+)\\)");
    private BindingProblems() {
    }

    /** The field path Jackson was at when it failed. */
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

    static String problem(JsonMappingException e, JsonNode root, FieldPath path) {
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
        Matcher range = OUT_OF_RANGE.matcher(original);
        if (range.lookingAt()) {
            return "expected an integer in [" + range.group(3) + ", " + range.group(4) + "], got " + range.group(1);
        }
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
