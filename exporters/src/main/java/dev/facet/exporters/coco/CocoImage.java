package dev.facet.exporters.coco;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.exporters.io.Parts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame's entry in {@code annotations.json}: the image and its objects' annotations; also the frame's part.
 *
 * @param sequence the frame's sequence (its video), null outside sequences
 * @param step the frame's step within it, null outside sequences
 */
record CocoImage(long frame, String fileName, int width, int height, Long sequence, Integer step,
                 List<CocoObject> objects) {

    /** One visible object: category, tight box, visible pixel count and its mask's runs. */
    record CocoObject(int instanceId, int categoryId, int[] bbox, long pixelCount, int[] rleCounts) {
    }

    void writePart(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("frame", frame);
        g.writeStringField("file_name", fileName);
        g.writeNumberField("width", width);
        g.writeNumberField("height", height);
        if (sequence != null) {  // only frames of sequences carry these, so still frames keep their bytes
            g.writeNumberField("sequence", sequence);
            g.writeNumberField("step", step);
        }
        g.writeArrayFieldStart("objects");
        for (CocoObject o : objects) {
            g.writeStartObject();
            g.writeNumberField("instance_id", o.instanceId());
            g.writeNumberField("category_id", o.categoryId());
            g.writeFieldName("bbox");
            g.writeArray(o.bbox(), 0, o.bbox().length);
            g.writeNumberField("pixel_count", o.pixelCount());
            g.writeFieldName("rle_counts");
            g.writeArray(o.rleCounts(), 0, o.rleCounts().length);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static CocoImage readPart(JsonNode part) {
        List<CocoObject> objects = new ArrayList<>();
        for (JsonNode o : part.path("objects")) {
            objects.add(new CocoObject(o.path("instance_id").intValue(), o.path("category_id").intValue(),
                    Parts.ints(o.path("bbox")), o.path("pixel_count").longValue(), Parts.ints(o.path("rle_counts"))));
        }
        boolean inSequence = part.has("sequence");
        return new CocoImage(part.path("frame").longValue(), part.path("file_name").textValue(),
                part.path("width").intValue(), part.path("height").intValue(),
                inSequence ? part.path("sequence").longValue() : null, inSequence ? part.path("step").intValue() : null,
                List.copyOf(objects));
    }
}
