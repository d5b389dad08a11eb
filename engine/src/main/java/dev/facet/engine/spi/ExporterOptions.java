package dev.facet.engine.spi;

import java.util.List;
import java.util.Map;

/**
 * The option values of one exporter for one run, each already of its option's type (see
 * {@link ExporterOption#convert}), defaults filled in for those the user left out.
 */
public final class ExporterOptions {
    private final Map<String, Object> values;
    private final java.util.Set<String> given;

    public ExporterOptions(Map<String, Object> values, java.util.Set<String> given) {
        this.values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        this.given = java.util.Set.copyOf(given);
    }

    /** Only the defaults of {@code options}. */
    public static ExporterOptions defaults(List<ExporterOption> options) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        options.forEach(o -> values.put(o.name(), o.defaultValue()));
        return new ExporterOptions(values, java.util.Set.of());
    }

    /** Every option's value, by name, in declaration order (what a dataset's parts record of this exporter). */
    public Map<String, Object> values() {
        return values;
    }

    /** True when the user set {@code name} (rather than leaving its default). */
    public boolean given(String name) {
        return given.contains(name);
    }

    public long integer(String name) {
        return (Long) get(name);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return (List<String>) get(name);
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no option '" + name + "' was declared");
        }
        return values.get(name);
    }
}
