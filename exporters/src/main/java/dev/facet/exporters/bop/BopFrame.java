package dev.facet.exporters.bop;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * What one frame contributes to its scene's three JSON files: the frame's part, written with
 * the frame and read back when the scene files are assembled (numbers in Java's shortest
 * round-trip form, so they read back exactly).
 */
record BopFrame(long imId, double[] camK, double[] camRw2c, double[] camTw2c, List<Gt> gts) {

    /** One object of the frame: its entry of scene_gt.json and of scene_gt_info.json. */
    record Gt(int objId, int instanceId, ObjectPose pose, GtInfo info) {
    }

    void writePart(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("im_id", imId);
        doubles(g, "cam_K", camK);
        doubles(g, "cam_R_w2c", camRw2c);
        doubles(g, "cam_t_w2c", camTw2c);
        g.writeArrayFieldStart("gts");
        for (Gt gt : gts) {
            g.writeStartObject();
            g.writeNumberField("obj_id", gt.objId());
            g.writeNumberField("instance_id", gt.instanceId());
            doubles(g, "cam_R_m2c", gt.pose().rotation());
            doubles(g, "cam_t_m2c", gt.pose().translationMm());
            doubles(g, "scale", gt.pose().scale());
            GtInfo info = gt.info();
            ints(g, "bbox_obj", info.bboxObj());
            ints(g, "bbox_visib", info.bboxVisib());
            g.writeNumberField("px_count_all", info.pxCountAll());
            g.writeNumberField("px_count_valid", info.pxCountValid());
            g.writeNumberField("px_count_visib", info.pxCountVisib());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void doubles(JsonGenerator g, String field, double[] values) throws IOException {
        g.writeFieldName(field);
        g.writeArray(values, 0, values.length);
    }

    private static void ints(JsonGenerator g, String field, int[] values) throws IOException {
        if (values == null) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeArray(values, 0, values.length);
        }
    }
}
