package dev.facet.inspect.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * One object of a frame's meta file.
 *
 * @param bbox COCO box (x, y, w, h) of its visible pixels, null when it has none
 * @param shape the shape document ({@code type} and its sizes)
 * @param raw the whole object, for optional fields (visibility, box_3d)
 */
public record MetaObject(int instanceId, int categoryId, String category, String name, double[][] worldFromObject,
                         JsonNode shape, int[] bbox, long pixelCount, JsonNode raw) {

    static MetaObject of(JsonNode o) throws IOException {
        int[] bbox = null;
        if (o.has("bbox_2d")) {
            JsonNode b = o.get("bbox_2d");
            bbox = new int[] {b.path(0).asInt(), b.path(1).asInt(), b.path(2).asInt(), b.path(3).asInt()};
        }
        return new MetaObject(o.path("instance_id").asInt(), o.path("category_id").asInt(),
                o.path("category").asText(""), o.path("name").asText(""),
                FrameMeta.matrix(o.path("world_from_object"), 4), o.path("shape"), bbox,
                o.path("pixel_count").asLong(), o);
    }

    public String shapeType() {
        return shape.path("type").asText("");
    }

    /** The object's origin (its centre for primitives) in world coordinates. */
    public double[] centre() {
        return new double[] {worldFromObject[0][3], worldFromObject[1][3], worldFromObject[2][3]};
    }

    /** Visibility fraction when the meta gives one ({@code visibility} or {@code visib_fract}), else NaN. */
    public double visibility() {
        JsonNode v = raw.has("visibility") ? raw.get("visibility") : raw.get("visib_fract");
        return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
    }
}
