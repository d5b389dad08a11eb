package dev.facet.engine.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
     * @param options per exporter name, option name to value; only for exporters that run
     * @throws ExporterChoiceError for an unknown exporter, an option an exporter does not
     *         have, options for an exporter that does not run, or a bad option value
     */
    public static List<Exporter> select(List<String> names, Map<String, Map<String, String>> options) {
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

    private static void configure(Exporter e, Map<String, String> given) {
        Set<String> known = e.options().keySet();
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new ExporterChoiceError("exporter '" + e.name() + "' has no option '" + key + "'; "
                        + (known.isEmpty() ? "it takes none" : "its options: " + String.join(", ", new TreeSet<>(known))));
            }
        }
        try {
            e.configure(new LinkedHashMap<>(given));
        } catch (ExporterChoiceError ex) {
            throw ex;
        } catch (IllegalArgumentException ex) {
            throw new ExporterChoiceError("exporter '" + e.name() + "': " + ex.getMessage());
        }
    }
}
