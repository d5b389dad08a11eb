package dev.facet.exporters.bop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.spi.Assembly;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FiniteJson;
import dev.facet.exporters.io.PartParser;
import dev.facet.exporters.io.PartStream;
import dev.facet.exporters.io.Parts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles each scene's {@code scene_camera.json}, {@code scene_gt.json} and
 * {@code scene_gt_info.json} from the frames' parts ({@link BopFrame#writePart}), streaming:
 * the parts are read in frame order, one scene (at most 1000 frames) held at a time, and the
 * poses' numbers are copied as the parts spell them (Java's shortest round-trip form, what
 * the scene files would print), not parsed and printed again.
 */
final class BopScenes {
    /** One object of a frame, its numbers as the part spells them. */
    private record Gt(int objId, int instanceId, String[] rotation, String[] translationMm, String[] scale, GtInfo info) {
    }

    /** A frame's part. */
    private record Frame(long imId, String[] camK, String[] camRw2c, String[] camTw2c, List<Gt> gts) {
    }

    @FunctionalInterface
    private interface FrameWriter {
        void write(JsonGenerator g, Frame f) throws IOException;
    }

    private final Path bop;
    private final double depthScale;
    private final List<Frame> scene = new ArrayList<>();
    private long sceneId = -1;

    private BopScenes(Path bop, double depthScale) {
        this.bop = bop;
        this.depthScale = depthScale;
    }

    static void write(Path bop, double depthScale, Assembly assembly) throws IOException {
        BopScenes scenes = new BopScenes(bop, depthScale);
        PartStream.inOrder(assembly.frames(), k -> Parts.of(bop, k), BopScenes::read, scenes::add);
        scenes.flush();
    }

    private void add(long frame, Frame part) throws IOException {
        if (part.imId() != frame) {
            throw new IOException("the part " + Parts.of(bop, frame) + " is not frame " + frame + " (its im_id is "
                    + part.imId() + ")");
        }
        if (frame / BopExporter.SCENE_SIZE != sceneId) {
            flush();
            sceneId = frame / BopExporter.SCENE_SIZE;
        }
        scene.add(part);
    }

    private void flush() throws IOException {
        if (scene.isEmpty()) {
            return;
        }
        Path folder = bop.resolve(DatasetLayout.stem(sceneId));
        Files.createDirectories(folder);
        writeJson(folder, "scene_camera.json", (g, f) -> {
            g.writeStartObject();
            decimals(g, "cam_K", f.camK());
            g.writeNumberField("depth_scale", depthScale);
            decimals(g, "cam_R_w2c", f.camRw2c());
            decimals(g, "cam_t_w2c", f.camTw2c());
            g.writeEndObject();
        });
        writeJson(folder, "scene_gt.json", (g, f) -> {
            g.writeStartArray();
            for (Gt gt : f.gts()) {
                g.writeStartObject();
                decimals(g, "cam_R_m2c", gt.rotation());
                decimals(g, "cam_t_m2c", gt.translationMm());
                g.writeNumberField("obj_id", gt.objId());
                g.writeNumberField("instance_id", gt.instanceId());
                decimals(g, "scale", gt.scale());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        writeJson(folder, "scene_gt_info.json", (g, f) -> {
            g.writeStartArray();
            for (Gt gt : f.gts()) {
                writeInfo(g, gt.info());
            }
            g.writeEndArray();
        });
        scene.clear();
    }

    private static void writeInfo(JsonGenerator g, GtInfo info) throws IOException {
        g.writeStartObject();
        g.writeFieldName("bbox_obj");
        g.writeArray(info.bboxObj(), 0, 4);
        g.writeFieldName("bbox_visib");
        g.writeArray(info.bboxVisib(), 0, 4);
        g.writeNumberField("px_count_all", info.pxCountAll());
        g.writeNumberField("px_count_valid", info.pxCountValid());
        g.writeNumberField("px_count_visib", info.pxCountVisib());
        g.writeNumberField("visib_fract", info.visibFract());
        g.writeEndObject();
    }

    /** A scene file: an object keyed by im_id (as a string), in frame order. */
    private void writeJson(Path folder, String file, FrameWriter perFrame) throws IOException {
        AtomicFiles.write(folder.resolve(file), out -> {
            try (JsonGenerator g = FiniteJson.guard(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), file)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                for (Frame f : scene) {
                    g.writeFieldName(Long.toString(f.imId()));
                    perFrame.write(g, f);
                }
                g.writeEndObject();
            }
        });
    }

    /** Numbers as the part spells them: written as they are. */
    private static void decimals(JsonGenerator g, String field, String[] values) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (String v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static Frame read(PartParser p) throws IOException {
        long imId = -1;
        String[] camK = null;
        String[] camRw2c = null;
        String[] camTw2c = null;
        List<Gt> gts = new ArrayList<>();
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "im_id" -> imId = p.longValue();
                case "cam_K" -> camK = p.decimals();
                case "cam_R_w2c" -> camRw2c = p.decimals();
                case "cam_t_w2c" -> camTw2c = p.decimals();
                case "gts" -> {
                    p.startArray();
                    while (p.nextElement()) {
                        gts.add(readGt(p));
                    }
                }
                default -> p.skip();
            }
        }
        if (camK == null || camRw2c == null || camTw2c == null) {
            throw p.bad("the part lacks cam_K, cam_R_w2c or cam_t_w2c");
        }
        return new Frame(imId, camK, camRw2c, camTw2c, gts);
    }

    private static Gt readGt(PartParser p) throws IOException {
        int objId = 0;
        int instanceId = 0;
        String[] rotation = null;
        String[] translation = null;
        String[] scale = null;
        int[] bboxObj = null;
        int[] bboxVisib = null;
        long all = 0;
        long valid = 0;
        long visib = 0;
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "obj_id" -> objId = p.intValue();
                case "instance_id" -> instanceId = p.intValue();
                case "cam_R_m2c" -> rotation = p.decimals();
                case "cam_t_m2c" -> translation = p.decimals();
                case "scale" -> scale = p.decimals();
                case "bbox_obj" -> bboxObj = p.isNull() ? null : p.ints();
                case "bbox_visib" -> bboxVisib = p.isNull() ? null : p.ints();
                case "px_count_all" -> all = p.longValue();
                case "px_count_valid" -> valid = p.longValue();
                case "px_count_visib" -> visib = p.longValue();
                default -> p.skip();
            }
        }
        if (rotation == null || translation == null || scale == null || bboxObj == null || bboxVisib == null
                || bboxObj.length != 4 || bboxVisib.length != 4) {
            throw p.bad("an object lacks its pose, scale or boxes");
        }
        return new Gt(objId, instanceId, rotation, translation, scale, new GtInfo(bboxObj, bboxVisib, all, valid, visib));
    }
}
