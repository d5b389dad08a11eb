package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.facet.scenarios.spec.FieldPath;
import java.io.IOException;

/**
 * What scenario text may not hold even when it parses: YAML lines longer than
 * {@link ReadLimits#YAML_LINE}, YAML anchors, aliases and merge keys (Facet does not expand
 * them, so a value would silently be the alias's name), and numbers too large to be finite.
 */
final class TextRules {
    private TextRules() {
    }

    /** Refuses a YAML line past the limit, before the YAML reader sees it. */
    static void checkLines(ScenarioText source) {
        if (!source.yaml()) {
            return;
        }
        String text = source.text();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > ReadLimits.YAML_LINE) {
                    throw new ScenarioError(source.label(), line, ReadLimits.YAML_LINE + 1, "",
                            "the line is longer than " + ReadLimits.YAML_LINE + " characters, the most a YAML line may hold");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Walks the tokens of text that parsed: the first anchor, alias, merge key or infinite number is an error. */
    static void checkTokens(ScenarioText source) {
        try (JsonParser p = source.factory().createParser(source.text())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String problem = problem(p, t);
                if (problem != null) {
                    JsonLocation at = p.currentTokenLocation();
                    FieldPath path = new FieldPath(Locator.segments(
                            t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                                    ? p.getParsingContext().getParent() : p.getParsingContext()));
                    throw new ScenarioError(source.label(), at.getLineNr(), at.getColumnNr(), path.toString(), problem);
                }
            }
        } catch (IOException e) {
            // the text parsed once already; a second read cannot fail on it
            throw new IllegalStateException(e);
        }
    }

    private static String problem(JsonParser p, JsonToken t) throws IOException {
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                return "YAML aliases (*" + p.getText() + ") are not supported; write the value out in full";
            }
            if (y.getObjectId() != null && t != JsonToken.FIELD_NAME) {
                return "YAML anchors (&" + y.getObjectId() + ") are not supported; write each value out in full";
            }
            if (t == JsonToken.FIELD_NAME && "<<".equals(p.currentName())) {
                return "YAML merge keys (<<) are not supported; write the fields out in full";
            }
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(p.getDoubleValue())) {
            return "the number " + p.getText() + " is out of range (the largest is about 1.8e308)";
        }
        return null;
    }
}
