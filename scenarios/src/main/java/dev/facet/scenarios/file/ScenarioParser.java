package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.ScenarioSpec;
import java.io.IOException;

/**
 * Reads scenario text (YAML or JSON) into a {@link ScenarioSpec}, strictly: unknown fields,
 * wrong types, duplicate keys, trailing content and unknown kinds are errors, each reported
 * as one {@link ScenarioError} with file, line, column and the field's path. Jackson's
 * default typing is never enabled: every polymorphic part is a closed, named list.
 */
final class ScenarioParser {
    private ScenarioParser() {
    }

    /** Parses the text into a tree; syntax errors and a non-mapping top level are reported. */
    static ParsedText parse(ScenarioText source) {
        return parseMapping(source, "the file is empty; a scenario starts with `facet: 1`",
                "expected a mapping of fields at the top (facet: 1, ...)");
    }

    /**
     * Parses a YAML or JSON text whose top level must be a mapping (a scenario, an assets.yaml):
     * syntax errors with their line and column, then {@code empty} for a text with no value and
     * {@code notMapping} for one whose top level is not a mapping.
     */
    static ParsedText parseMapping(ScenarioText source, String empty, String notMapping) {
        TextRules.checkLines(source);
        JsonNode tree;
        try (JsonParser p = source.factory().createParser(source.text())) {
            try {
                tree = SpecJson.mapper(source.factory()).readTree(p);
            } catch (JsonProcessingException e) {
                throw SyntaxProblems.error(source, e, p.currentLocation());
            }
        } catch (IOException e) {
            throw new ScenarioError(source.label(), 0, 0, "", "cannot read the text: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioError(source.label(), 1, 1, "", empty);
        }
        if (!tree.isObject()) {
            throw new ScenarioError(source.label(), 1, 1, "", notMapping);
        }
        TextRules.checkTokens(source);
        return new ParsedText(tree, new Locator(source.factory(), source.text()), source.label());
    }

    /** Binds {@code node} (the whole tree, or the scenario inside a dataset.json) to the model. */
    static ScenarioSpec bind(JsonNode node, ScenarioText source, FieldErrors errors) {
        JsonNode version = node.get("facet");
        if (version == null) {
            throw errors.at(FieldPath.ROOT.field("facet"), "missing `facet: " + ScenarioSpec.VERSION
                    + "` (the format version) at the top of the file");
        }
        if (!version.isInt() || version.asInt() != ScenarioSpec.VERSION) {
            throw errors.at(FieldPath.ROOT.field("facet"), "unsupported format version " + version
                    + "; this Facet reads version " + ScenarioSpec.VERSION);
        }
        try {
            return SpecJson.mapper(source.factory()).treeToValue(node, ScenarioSpec.class);
        } catch (JsonMappingException e) {
            FieldPath path = BindingProblems.path(e);
            throw errors.at(path, BindingProblems.problem(e, node, path));
        } catch (JsonProcessingException e) {
            throw errors.at(FieldPath.ROOT, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw errors.at(FieldPath.ROOT, e.getMessage());
        }
    }
}
