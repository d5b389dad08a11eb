package dev.facet.engine.scenario;

import dev.facet.engine.scene.ImageSize;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run settings a scenario declares for itself; the command line wins over each, and
 * null means the scenario says nothing (the run's own default applies).
 *
 * @param frameLimit the number of frames the scenario defines (e.g. a sweep's), or null
 *                   when any frame index is valid
 * @param exports exporters the scenario asks for, by name, with their options as typed in
 *                the scenario (numbers, strings, booleans, lists), in the order given
 */
public record RunDefaults(Long seed, Long start, Long frames, ImageSize size, Long frameLimit,
                          Map<String, Map<String, Object>> exports) {
    public static final RunDefaults NONE = new RunDefaults(null, null, null, null, null, Map.of());

    public RunDefaults {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        exports.forEach((name, options) -> copy.put(name, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options))));
        exports = java.util.Collections.unmodifiableMap(copy);
    }
}
