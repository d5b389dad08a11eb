package dev.facet.scenarios.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Checks the declared parameters (names, finite defaults) and that every "$name" in the scenario names one. */
final class ParameterChecks {
    private final FieldErrors errors;

    ParameterChecks(FieldErrors errors) {
        this.errors = errors;
    }

    void declared(Map<String, Double> params, FieldPath at) {
        for (Map.Entry<String, Double> p : params.entrySet()) {
            if (!p.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw errors.at(at.field(p.getKey()), "a parameter name is letters, digits and _");
            }
            if (p.getValue() == null || !Double.isFinite(p.getValue())) {
                throw errors.at(at.field(p.getKey()), "expected a number, got " + p.getValue());
            }
        }
    }

    /** Every "$name" in {@code node} (the scenario in its file form) names a declared parameter. */
    void references(JsonNode node, FieldPath at, Set<String> declared) {
        if (node.isTextual() && node.asText().startsWith("$")) {
            String name = node.asText().substring(1);
            if (!declared.contains(name)) {
                throw errors.at(at, "unknown parameter '$" + name + "'; declare it under `params:`"
                        + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")"));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                references(e.getValue(), at.field(e.getKey()), declared);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                references(node.get(i), at.index(i), declared);
            }
        }
    }
}
