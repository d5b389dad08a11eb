package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.Locale;

/** The text of a scenario (YAML or JSON) and the name messages give it. */
public record ScenarioText(String label, String text, boolean yaml) {
    JsonFactory factory() {
        return yaml ? SpecJson.YAML : SpecJson.JSON;
    }

    /** True when a file of this name holds YAML (.yaml, .yml) rather than JSON. */
    static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
