package dev.facet.exporters.mot;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.exporters.io.PartParser;
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

    /** A part as {@link #writePart} writes it. */
    static MotFrame readPart(PartParser p) throws IOException {
        long frame = -1;
        long sequence = -1;
        int step = -1;
        double timeS = 0;
        int width = -1;
        int height = -1;
        List<Row> rows = new ArrayList<>();
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "frame" -> frame = p.longValue();
                case "sequence" -> sequence = p.longValue();
                case "step" -> step = p.intValue();
                case "time_s" -> timeS = p.doubleValue();
                case "width" -> width = p.intValue();
                case "height" -> height = p.intValue();
                case "objects" -> {
                    p.startArray();
                    while (p.nextElement()) {
                        rows.add(readRow(p));
                    }
                }
                default -> p.skip();
            }
        }
        if (frame < 0 || sequence < 0 || step < 0) {
            throw p.bad("a part lacks its frame, sequence or step");
        }
        return new MotFrame(frame, sequence, step, timeS, width, height, List.copyOf(rows));
    }

    private static Row readRow(PartParser p) throws IOException {
        int id = 0;
        int[] bbox = null;
        int categoryId = 0;
        double visibility = 0;
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "id" -> id = p.intValue();
                case "bbox" -> bbox = p.ints();
                case "category_id" -> categoryId = p.intValue();
                case "visibility" -> visibility = p.doubleValue();
                default -> p.skip();
            }
        }
        if (bbox == null || bbox.length != 4) {
            throw p.bad("an object lacks its bbox of 4");
        }
        return new Row(id, bbox, categoryId, visibility);
    }
}
