package dev.facet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the repository's deploy/ templates, read from the class path, with its
 * {@code {{KEY}}} placeholders replaced. Values are checked by the caller; this only
 * makes sure that every placeholder is filled and none is left.
 */
final class FarmTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

    private FarmTemplate() {
    }

    /** The text of template {@code file} (e.g. "k8s.yaml") with {@code values} filled in. */
    static String fill(String file, Map<String, String> values) {
        String text = read(file);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + file + " has no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    private static String read(String file) {
        try (InputStream in = FarmTemplate.class.getResourceAsStream("deploy/" + file)) {
            if (in == null) {
                throw new IllegalStateException("template deploy/" + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
