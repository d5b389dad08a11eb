package dev.facet.exporters.registry;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exporters on the classpath, found with {@link ServiceLoader}, and the choice of those
 * that run: {@code core} always, first, then the named ones in the order given.
 */
public final class Exporters {
    /** The exporter that writes the dataset itself; it always runs, first. */
    public static final String CORE = "core";

    private Exporters() {
    }

    /** Fresh instances of every exporter on the classpath, by name, sorted. */
    public static Map<String, Exporter> available() {
        Map<String, Exporter> byName = new TreeMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Exporter e : ServiceLoader.load(Exporter.class, loader != null ? loader : Exporters.class.getClassLoader())) {
            Exporter clash = byName.putIfAbsent(e.name(), e);
            if (clash != null && clash.getClass() != e.getClass()) {
                throw new IllegalStateException("two exporters are named '" + e.name() + "': "
                        + clash.getClass().getName() + " and " + e.getClass().getName());
            }
        }
        return byName;
    }

    /**
     * Configured, fresh exporters for one run: core first, then {@code names} in order
     * (repeats and "core" ignored).
     *
     * @param options per exporter name, option name to raw value: a command line's text, or
     *                a scenario file's number, string, boolean or list; only for exporters that run
     * @throws ExporterChoiceError for an unknown exporter, an option an exporter does not
     *         have, options for an exporter that does not run, or a bad option value
     */
    public static List<Exporter> select(List<String> names, Map<String, Map<String, Object>> options) {
        Map<String, Exporter> available = available();
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add(CORE);
        for (String raw : names) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!available.containsKey(name)) {
                throw new ExporterChoiceError("unknown exporter '" + name + "'; available: "
                        + String.join(", ", available.keySet()));
            }
            chosen.add(name);
        }
        if (!available.containsKey(CORE)) {
            throw new IllegalStateException("the core exporter is not on the classpath");
        }
        for (String name : options.keySet()) {
            if (!chosen.contains(name)) {
                throw new ExporterChoiceError("options given for exporter '" + name + "', which does not run; "
                        + "add it to the exporters (e.g. --export " + name + ")");
            }
        }
        List<Exporter> selected = new ArrayList<>();
        for (String name : chosen) {
            Exporter e = available.get(name);
            configure(e, options.getOrDefault(name, Map.of()));
            selected.add(e);
        }
        return selected;
    }

    /** The typed option values of {@code e} for {@code given} raw values, defaults filled in. */
    public static ExporterOptions options(Exporter e, Map<String, Object> given) {
        Map<String, ExporterOption> declared = new LinkedHashMap<>();
        e.options().forEach(o -> declared.put(o.name(), o));
        Map<String, Object> values = new LinkedHashMap<>();
        declared.values().forEach(o -> values.put(o.name(), o.defaultValue()));
        for (var entry : given.entrySet()) {
            ExporterOption option = declared.get(entry.getKey());
            if (option == null) {
                throw new ExporterChoiceError("exporter '" + e.name() + "' has no option '" + entry.getKey() + "'; "
                        + (declared.isEmpty() ? "it takes none" : "its options: "
                        + String.join(", ", new java.util.TreeSet<>(declared.keySet()))));
            }
            try {
                values.put(option.name(), option.convert(entry.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ExporterChoiceError("exporter '" + e.name() + "': " + ex.getMessage());
            }
        }
        return new ExporterOptions(values, given.keySet());
    }

    private static void configure(Exporter e, Map<String, Object> given) {
        ExporterOptions values = options(e, given);
        try {
            e.configure(values);
        } catch (ExporterChoiceError ex) {
            throw ex;
        } catch (IllegalArgumentException ex) {
            throw new ExporterChoiceError("exporter '" + e.name() + "': " + ex.getMessage());
        }
    }
}
