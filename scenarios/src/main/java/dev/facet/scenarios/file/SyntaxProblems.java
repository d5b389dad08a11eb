package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * The one place that turns the YAML and JSON readers' errors into the user's words, at the
 * line and column they happened: no class names, feature flags or reader internals.
 */
final class SyntaxProblems {
    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^']*)'.*");
    private static final Pattern TOO_LONG = Pattern.compile("(Name|String value|Number value) length \\((\\d+)\\) "
            + "exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");

    private SyntaxProblems() {
    }

    /** The error for {@code e}, thrown while reading {@code source}; {@code fallback}: where the reader stood. */
    static ScenarioError error(ScenarioText source, JsonProcessingException e, JsonLocation fallback) {
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = at != null ? at.getLineNr() : 0;
        int column = at != null ? at.getColumnNr() : 0;
        if (e.getCause() instanceof ReaderException r) {
            int[] lc = lineAndColumn(source.text(), r.getPosition());
            return new ScenarioError(source.label(), lc[0], lc[1], "", String.format(
                    "the control character U+%04X is not allowed in YAML text; remove it", r.getCodePoint()));
        }
        return new ScenarioError(source.label(), Math.max(line, 0), Math.max(column, 0), "", problem(e, source.yaml()));
    }

    static String problem(JsonProcessingException e, boolean yaml) {
        String msg = e.getOriginalMessage() != null ? e.getOriginalMessage() : "";
        if (msg.startsWith("Duplicate field ")) {
            return "duplicate field " + msg.substring("Duplicate field ".length());
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof YAMLException
                && String.valueOf(e.getCause().getMessage()).startsWith("Nesting Depth exceeded")) {
            Matcher m = TOO_LONG.matcher(msg);
            if (m.matches()) {
                return longValue(m.group(1), m.group(3));
            }
            if (msg.contains("nesting depth") || msg.contains("Nesting Depth")) {
                return "mappings and lists are nested deeper than " + ReadLimits.NESTING + " levels";
            }
        }
        if (e.getCause() instanceof MarkedYAMLException y) {
            String problem = y.getProblem() != null ? y.getProblem() : "";
            return "syntax error: " + (y.getContext() != null ? y.getContext() + ": " : "") + problem;
        }
        if (msg.startsWith("Trailing token")) {
            return yaml ? "the file holds more than one YAML document (---); a scenario file has one"
                    : "the file holds more than one JSON value; a scenario file has one";
        }
        return readerProblem(msg);
    }

    private static String readerProblem(String msg) {
        Matcher m;
        if (msg.contains("maybe a (non-standard) comment?")) {
            return "comments are not allowed in JSON; remove them, or write the scenario in YAML (# comments)";
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value (is it cut short?)";
        }
        if ((m = NON_NUMBER.matcher(msg)).matches() || (m = MALFORMED_NUMBER.matcher(msg)).matches()) {
            return "'" + m.group(1) + "' is not a number Facet reads; numbers are finite (no NaN or infinity)";
        }
        if ((m = CONTROL.matcher(msg)).matches()) {
            return String.format("the control character U+%04X must be written as \\u%04X inside a JSON string",
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1)));
        }
        int cut = msg.indexOf(" (for ");
        msg = cut > 0 ? msg.substring(0, cut) : msg;
        return "syntax error: " + msg.lines().findFirst().orElse("");
    }

    private static String longValue(String what, String limit) {
        String name = switch (what) {
            case "Name" -> "a field name";
            case "String value" -> "a string";
            default -> "a number";
        };
        return name + " longer than " + limit + " characters";
    }

    /** Line and column (from 1) of character {@code offset} of {@code text}. */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
