package dev.facet.engine.scenario;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The scenarios on the classpath, found with {@link ServiceLoader} and named by {@link Scenario#name()}. */
public final class Scenarios {
    private Scenarios() {
    }

    public static Map<String, Scenario> available() {
        Map<String, Scenario> byName = new TreeMap<>();
        for (Scenario s : ServiceLoader.load(Scenario.class)) {
            byName.putIfAbsent(s.name(), s);
        }
        return byName;
    }
}
