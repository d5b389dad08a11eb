package dev.facet.exporters.mot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.exporters.io.Parts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one frame contributes to its sequence's {@code gt/gt.txt}: the frame's part
 * ({@code mot/parts/NNNNNN.json}), read back when the sequences are assembled.
 *
 * @param sequence the frame's sequence (the frame itself outside sequences)
 * @param step its step in the sequence, from 0 (MOT's frame number is step + 1)
 * @param timeS the frame's time in seconds
 */
record MotFrame(long frame, long sequence, int step, double timeS, int width, int height, List<Row> rows) {

    /** One visible object: its tracking id, its visible box (COCO x, y, w, h), its category and visibility. */
    record Row(int id, int[] bbox, int categoryId, double visibility) {
        /**
         * The gt.txt line: frame, id, bb_left, bb_top, bb_width, bb_height, flag (1: consider),
         * class, visibility; MOTChallenge's boxes count pixels from 1, so left = x + 1, top = y + 1.
         */
        String line(int motFrame) {
            return String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,1,%d,%.6f", motFrame, id, bbox[0] + 1, bbox[1] + 1,
                    bbox[2], bbox[3], categoryId, visibility);
        }
    }

    void writePart(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("frame", frame);
        g.writeNumberField("sequence", sequence);
        g.writeNumberField("step", step);
        g.writeNumberField("time_s", timeS);
        g.writeNumberField("width", width);
        g.writeNumberField("height", height);
        g.writeArrayFieldStart("objects");
        for (Row r : rows) {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            g.writeFieldName("bbox");
            g.writeArray(r.bbox(), 0, 4);
            g.writeNumberField("category_id", r.categoryId());
            g.writeNumberField("visibility", r.visibility());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static MotFrame readPart(JsonNode part) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode o : part.path("objects")) {
            rows.add(new Row(o.path("id").intValue(), Parts.ints(o.path("bbox")), o.path("category_id").intValue(),
                    o.path("visibility").doubleValue()));
        }
        return new MotFrame(part.path("frame").longValue(), part.path("sequence").longValue(), part.path("step").intValue(),
                part.path("time_s").doubleValue(), part.path("width").intValue(), part.path("height").intValue(),
                List.copyOf(rows));
    }
}
