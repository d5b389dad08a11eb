package dev.facet.analysis.refine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.DatasetError;
import dev.facet.analysis.dataset.FrameMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The swept parameters of a dataset and their original distribution: what the scenario's
 * {@code derived_from.parameters} recorded when the dataset itself came from a refinement (so
 * every round draws from the first round's space), else what its sweep says: the listed
 * values of a grid or zip sweep, or a random sweep's sampler bounds (uniform, int_range,
 * choice), falling back to the range of the values the frames recorded.
 */
final class ParameterSpace {
    private ParameterSpace() {
    }

    static Map<String, Axis> of(Dataset ds) {
        Map<String, List<Double>> seen = new LinkedHashMap<>();
        for (FrameMeta f : ds.frames()) {
            f.params().forEach((k, v) -> seen.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        if (seen.isEmpty()) {
            throw new DatasetError(ds.root() + ": the frames record no sweep parameters (meta `params`): "
                    + "refine needs a dataset rendered from a scenario with a sweep");
        }
        ObjectNode scenario = ds.scenario();
        JsonNode recorded = scenario.path("derived_from").path("parameters");
        JsonNode sweep = scenario.path("sweep");
        Map<String, Axis> out = new LinkedHashMap<>();
        seen.forEach((name, values) -> out.put(name, recorded.has(name) ? recorded(name, recorded.get(name))
                : fromSweep(name, sweep, values)));
        return out;
    }

    private static Axis recorded(String name, JsonNode a) {
        List<Double> values = null;
        if (a.path("values").isArray()) {
            values = new ArrayList<>();
            for (JsonNode v : a.get("values")) {
                values.add(v.asDouble());
            }
        }
        return new Axis(name, a.path("min").asDouble(), a.path("max").asDouble(), a.path("integer").asBoolean(), values);
    }

    private static Axis fromSweep(String name, JsonNode sweep, List<Double> seen) {
        JsonNode p = sweep.path("params").path(name);
        boolean whole = seen.stream().allMatch(v -> v == Math.rint(v));
        if (p.isArray()) {
            TreeSet<Double> values = new TreeSet<>();
            p.forEach(v -> values.add(v.asDouble()));
            return new Axis(name, values.first(), values.last(), whole, List.copyOf(values));
        }
        String kind = p.path("kind").asText("");
        switch (kind) {
            case "uniform", "log_uniform" -> {
                return new Axis(name, p.path("min").asDouble(), p.path("max").asDouble(), false, null);
            }
            case "int_range" -> {
                return new Axis(name, p.path("min").asDouble(), p.path("max").asDouble(), true, null);
            }
            case "choice" -> {
                List<Double> values = new ArrayList<>();
                p.path("values").forEach(v -> values.add(v.asDouble()));
                if (!values.isEmpty()) {
                    return new Axis(name, new TreeSet<>(values).first(), new TreeSet<>(values).last(), whole, values);
                }
            }
            default -> {
            }
        }
        TreeSet<Double> sorted = new TreeSet<>(seen);
        return new Axis(name, sorted.first(), sorted.last(), whole, null);
    }
}
