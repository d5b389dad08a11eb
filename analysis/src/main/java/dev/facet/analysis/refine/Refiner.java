package dev.facet.analysis.refine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.DatasetError;
import dev.facet.analysis.dataset.FrameMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code facet refine}: joins per-frame errors with the frames' sweep parameters, draws a new
 * sweep that concentrates on where the errors are high, and writes the dataset's scenario with
 * that sweep (a zip of explicit points, one frame each, at the dataset's image size) and a
 * {@code derived_from} record, plus a report of which parameters matter.
 */
public final class Refiner {
    private Refiner() {
    }

    /** What to refine from and how. {@code frames}: points of the new sweep; {@code focus}: the share near failures. */
    public record Request(Dataset dataset, Map<Long, Double> errors, Path scores, String scoresSha256, Path out,
                          int frames, double focus, long seed, int bins) {
    }

    /** Writes the scenario and its report; returns the report's text. */
    public static String run(Request r) {
        Map<Long, Map<String, Double>> params = new LinkedHashMap<>();
        for (FrameMeta f : r.dataset().frames()) {
            params.put(f.frame(), f.params());
        }
        Map<Long, Double> errors = new LinkedHashMap<>();
        r.errors().forEach((frame, e) -> {
            if (!params.containsKey(frame)) {
                throw new DatasetError(r.scores() + ": frame " + frame + " is not a frame of " + r.dataset().root());
            }
            if (!params.get(frame).isEmpty()) {
                errors.put(frame, e);
            }
        });
        if (errors.isEmpty()) {
            throw new DatasetError(r.scores() + ": no score for a frame with sweep parameters");
        }
        Map<String, Axis> axes = ParameterSpace.of(r.dataset());
        Refinement next = Refinement.draw(params, errors, axes, r.frames(), r.focus(), r.seed());
        Importance.Result importance = Importance.of(params, errors, List.copyOf(axes.keySet()), r.bins());
        ObjectNode scenario = scenario(r, axes, next);
        String stem = r.out().getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        Path dir = r.out().toAbsolutePath().getParent();
        String text = RefineReport.text(importance, next, errors.size());
        try {
            Files.createDirectories(dir);
            Files.writeString(r.out(), new YAMLMapper().writeValueAsString(scenario));
            Files.writeString(dir.resolve(stem + ".report.txt"), text);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve(stem + ".report.json").toFile(), RefineReport.json(importance, next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    private static ObjectNode scenario(Request r, Map<String, Axis> axes, Refinement next) {
        ObjectNode s = r.dataset().scenario();
        s.put("frames", r.frames());
        ArrayNode size = r.dataset().manifest().withArray("image_size");
        if (size.size() == 2 && s.path("camera").isObject()) {
            ((ObjectNode) s.get("camera")).set("resolution", size.deepCopy());
        }
        ObjectNode sweep = s.putObject("sweep");
        sweep.put("kind", "zip");
        sweep.put("frames_per_point", 1);
        ArrayNode order = sweep.putArray("order");
        ObjectNode values = sweep.putObject("params");
        for (Axis a : axes.values()) {
            order.add(a.name());
            ArrayNode list = values.putArray(a.name());
            for (Map<String, Double> p : next.points()) {
                double v = p.get(a.name());
                if (a.integer()) {
                    list.add((long) v);
                } else {
                    list.add(v);
                }
            }
        }
        ObjectNode from = s.putObject("derived_from");
        from.put("dataset", r.dataset().root().toAbsolutePath().normalize().toString());
        from.put("scores", r.scores().toAbsolutePath().normalize().toString());
        from.put("scores_sha256", r.scoresSha256());
        ArrayNode failing = from.putArray("failing_frames");
        next.failing().forEach(failing::add);
        from.put("focus", r.focus());
        from.put("seed", r.seed());
        Map<String, Object> space = new LinkedHashMap<>();
        axes.forEach((k, a) -> space.put(k, a.json()));
        from.set("parameters", new ObjectMapper().valueToTree(space));
        return s;
    }

}
