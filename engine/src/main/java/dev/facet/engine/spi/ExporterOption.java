package dev.facet.engine.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One option an exporter accepts. Names are lower snake case ({@code shard_size_mb}); the
 * command line spells them {@code --<exporter>-<name with dashes>}, scenario files as is.
 * Values arrive converted to the option's type: from the command line's text or from a
 * scenario file's number, string, boolean or list.
 *
 * @param defaultValue the value when the user gives none, of the option's type (may be null)
 * @param description one line for {@code facet exporters}, without the default
 */
public record ExporterOption(String name, Type type, Object defaultValue, String description) {

    /** The kinds of value an option takes, with the Java type its value arrives as. */
    public enum Type {
        /** {@link Long} */
        INTEGER("an integer"),
        /** {@link Double}, finite */
        NUMBER("a number"),
        /** {@link String} */
        TEXT("a text"),
        /** {@link Boolean}, from true/false */
        BOOLEAN("true or false"),
        /** {@code List<String>}, from a comma-separated text or a list */
        TEXT_LIST("a list of names");

        private final String expected;

        Type(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    public ExporterOption {
        Objects.requireNonNull(type, "type");
        if (!name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
            throw new IllegalArgumentException("exporter option names are lower snake case, got '" + name + "'");
        }
    }

    /**
     * The value of the option's type that {@code raw} stands for: a command line's text or a
     * scenario file's number, string, boolean or list.
     *
     * @throws IllegalArgumentException naming what was expected and what was given
     */
    public Object convert(Object raw) {
        Object value = switch (type) {
            case INTEGER -> integer(raw);
            case NUMBER -> number(raw);
            case TEXT -> raw instanceof String s ? s : null;
            case BOOLEAN -> raw instanceof Boolean b ? b : "true".equals(raw) ? Boolean.TRUE
                    : "false".equals(raw) ? Boolean.FALSE : null;
            case TEXT_LIST -> list(raw);
        };
        if (value == null) {
            throw new IllegalArgumentException("option " + name + " must be " + type.expected() + ", got "
                    + (raw instanceof String ? "'" + raw + "'" : String.valueOf(raw)));
        }
        return value;
    }

    private static Long integer(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof String s && s.trim().matches("[+-]?\\d{1,18}")) {
            return Long.parseLong(s.trim());
        }
        return null;
    }

    private static Double number(Object raw) {
        double d;
        if (raw instanceof Number n) {
            d = n.doubleValue();
        } else if (raw instanceof String s && s.trim().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            d = Double.parseDouble(s.trim());
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    private static List<String> list(Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof String s) {
            for (String part : s.split(",", -1)) {
                out.add(part.trim());
            }
        } else if (raw instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof String s)) {
                    return null;
                }
                out.add(s.trim());
            }
        } else {
            return null;
        }
        return List.copyOf(out);
    }
}
