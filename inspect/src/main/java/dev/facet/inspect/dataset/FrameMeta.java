package dev.facet.inspect.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code meta/NNNNNN.json} read back: camera, sweep parameters and objects.
 *
 * @param k 3x3 intrinsics, row-major
 * @param worldToCamera 4x4, row-major
 * @param raw the whole document, for fields this reader does not name (shard, sequence, ...)
 */
public record FrameMeta(long frame, Map<String, JsonNode> params, double[][] k, double[][] worldToCamera,
                        List<MetaObject> objects, JsonNode raw) {

    public static FrameMeta read(Path file) throws IOException {
        return of(Dataset.JSON.readTree(file.toFile()));
    }

    public static FrameMeta of(JsonNode m) throws IOException {
        if (m == null || !m.path("camera").isObject() || !m.path("objects").isArray()) {
            throw new IOException("not a frame meta document (no camera and objects)");
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        m.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue()));
        List<MetaObject> objects = new ArrayList<>();
        for (JsonNode o : m.path("objects")) {
            objects.add(MetaObject.of(o));
        }
        JsonNode cam = m.path("camera");
        return new FrameMeta(m.path("frame").asLong(), params, matrix(cam.path("K"), 3),
                matrix(cam.path("world_to_camera"), 4), List.copyOf(objects), m);
    }

    /** A row-major nested array of n rows and n columns. */
    static double[][] matrix(JsonNode rows, int n) throws IOException {
        if (rows.size() != n) {
            throw new IOException("expected a " + n + "x" + n + " matrix, got " + rows);
        }
        double[][] m = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = rows.path(r).path(c).asDouble();
            }
        }
        return m;
    }

    /** The camera-frame position of a world point. */
    public double[] toCamera(double x, double y, double z) {
        double[][] m = worldToCamera;
        return new double[] {
            m[0][0] * x + m[0][1] * y + m[0][2] * z + m[0][3],
            m[1][0] * x + m[1][1] * y + m[1][2] * z + m[1][3],
            m[2][0] * x + m[2][1] * y + m[2][2] * z + m[2][3]};
    }

    /** A named field of the document (e.g. {@code shard}, {@code sequence}), or null. */
    public String text(String field) {
        JsonNode n = raw.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
