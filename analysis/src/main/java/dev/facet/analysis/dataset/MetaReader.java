package dev.facet.analysis.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one meta/NNNNNN.json tree into a {@link FrameMeta}. */
final class MetaReader {
    private MetaReader() {
    }

    static FrameMeta frame(Path file, JsonNode meta) {
        if (!meta.path("frame").canConvertToLong()) {
            throw new DatasetError(file + ": frame: expected the frame index");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        meta.path("params").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                params.put(e.getKey(), e.getValue().asDouble());
            }
        });
        double[][] toCamera = matrix(meta.path("camera").path("world_to_camera"));
        List<ObjectMeta> objects = new ArrayList<>();
        for (JsonNode o : meta.path("objects")) {
            objects.add(object(o, toCamera));
        }
        String sequence = meta.hasNonNull("sequence") ? meta.get("sequence").asText() : null;
        return new FrameMeta(meta.get("frame").asLong(), params, sequence, List.copyOf(objects));
    }

    private static ObjectMeta object(JsonNode o, double[][] toCamera) {
        JsonNode b = o.path("bbox_2d");
        double[] bbox = b.size() == 4 ? new double[] {b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(),
                b.get(3).asDouble()} : null;
        double[][] pose = matrix(o.path("world_from_object"));
        double distance = Double.NaN;
        if (toCamera != null && pose != null) {
            distance = toCamera[2][3];
            for (int i = 0; i < 3; i++) {
                distance += toCamera[2][i] * pose[i][3];
            }
        }
        Double visibility = o.path("visibility").isNumber() ? o.get("visibility").asDouble() : null;
        return new ObjectMeta(o.path("instance_id").asInt(), o.path("category_id").asInt(), o.path("category").asText(),
                bbox, o.path("pixel_count").asLong(), distance, visibility, o.path("iscrowd").asInt() != 0);
    }

    private static double[][] matrix(JsonNode m) {
        if (m.size() < 3) {
            return null;
        }
        double[][] out = new double[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            out[i] = new double[m.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = m.get(i).get(j).asDouble();
            }
        }
        return out[0].length == 4 ? out : null;
    }
}
