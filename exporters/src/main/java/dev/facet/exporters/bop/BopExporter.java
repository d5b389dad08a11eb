package dev.facet.exporters.bop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.depth16.Depth16Exporter;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.joml.Matrix4d;

/**
 * The BOP layout for 6D pose training: {@code bop/} is a split folder holding one scene,
 * {@code bop/000000/}, with {@code rgb/}, {@code depth/} (uint16, depth_mm = value * depth_scale),
 * {@code mask_visib/NNNNNN_MMMMMM.png} (255 where object M is visible) and, written when
 * the run ends, {@code scene_camera.json}, {@code scene_gt.json}, {@code scene_gt_info.json}.
 * im_id = frame index; obj_id = category id; every scene object is listed, visible or not.
 * Poses follow BOP: cam_R_m2c row-major, cam_t_m2c in millimetres, OpenCV camera.
 */
public final class BopExporter implements Exporter {
    static final String FOLDER = "bop";
    static final String SCENE = "000000";

    private final Map<Long, BopFrame> frames = new ConcurrentSkipListMap<>();
    private final ThreadLocal<PngEncoder> encoders = ThreadLocal.withInitial(PngEncoder::new);
    private double depthScale = 1.0;
    private volatile DatasetInfo info;

    @Override
    public String name() {
        return "bop";
    }

    @Override
    public String description() {
        return "bop/000000/: BOP scene (poses, camera, visible masks, uint16 depth) for 6D pose training";
    }

    @Override
    public List<ExporterOption> options() {
        return List.of(new ExporterOption("depth_scale", ExporterOption.Type.NUMBER, 1.0,
                "millimetres per depth PNG unit (1.0: mm, up to 65.535 m)"));
    }

    @Override
    public void configure(ExporterOptions options) {
        depthScale = options.number("depth_scale");
        if (!(depthScale > 0)) {
            throw new IllegalArgumentException("option depth_scale must be a positive number, got " + depthScale);
        }
    }

    Path scene() {
        return info.out().resolve(FOLDER).resolve(SCENE);
    }

    @Override
    public void start(DatasetInfo info) throws IOException {
        this.info = info;
        for (String folder : List.of("rgb", "depth", "mask_visib")) {
            Files.createDirectories(scene().resolve(folder));
        }
    }

    @Override
    public void write(Frame frame) throws IOException {
        RenderedFrame px = frame.pixels();
        int w = px.width();
        int h = px.height();
        long k = frame.index();
        String stem = CoreLayout.stem(k);
        PngEncoder png = encoders.get();
        Path rgb = CoreLayout.rgb(info.out(), k);
        Path bopRgb = scene().resolve("rgb").resolve(stem + ".png");
        if (Files.exists(rgb)) {
            AtomicFiles.linkOrCopy(rgb, bopRgb);
        } else {
            AtomicFiles.write(bopRgb, o -> png.writeRgb8(o, w, h, px.rgb()));
        }
        int[] depth = Depth16Exporter.millimetres(px.depth(), depthScale);
        AtomicFiles.write(scene().resolve("depth").resolve(stem + ".png"), o -> png.writeGray16(o, w, h, depth));

        Camera cam = frame.scene().camera();
        Matrix4d w2c = new Matrix4d(cam.worldToCamera());
        List<BopFrame.Gt> gts = new ArrayList<>();
        List<SceneObject> objects = frame.scene().objects();
        byte[] mask = new byte[w * h];
        for (int i = 0; i < objects.size(); i++) {
            SceneObject o = objects.get(i);
            ObjectAnnotation a = frame.annotations().get(i);
            java.util.Arrays.fill(mask, (byte) 0);
            if (a.visible()) {  // the object's pixels all lie in its box
                int[] box = a.bbox();
                for (int v = box[1]; v < box[1] + box[3]; v++) {
                    for (int p = v * w + box[0]; p < v * w + box[0] + box[2]; p++) {
                        if (px.instance()[p] == o.instanceId()) {
                            mask[p] = (byte) 255;
                        }
                    }
                }
            }
            AtomicFiles.write(scene().resolve("mask_visib").resolve(stem + "_" + CoreLayout.stem(i) + ".png"),
                    out -> png.writeGray8(out, w, h, mask));
            Matrix4d m2c = new Matrix4d(w2c).mul(o.worldFromObject());
            Silhouette whole = Silhouette.of(o.shape(), o.worldFromObject(), cam);
            gts.add(new BopFrame.Gt(o.category().id(), o.instanceId(), rotation(m2c), translationMm(m2c),
                    whole == null ? null : whole.bbox(), a.visible() ? a.bbox().clone() : null,
                    whole == null ? -1 : whole.pixelCount(w, h), a.pixelCount()));
        }
        frames.put(k, new BopFrame(k, new double[] {cam.fx(), 0, cam.cx(), 0, cam.fy(), cam.cy(), 0, 0, 1},
                rotation(w2c), translationMm(w2c), gts));
    }

    /** The upper-left 3x3 of m, row-major. */
    static double[] rotation(Matrix4d m) {
        return new double[] {m.m00(), m.m10(), m.m20(), m.m01(), m.m11(), m.m21(), m.m02(), m.m12(), m.m22()};
    }

    static double[] translationMm(Matrix4d m) {
        return new double[] {1000 * m.m30(), 1000 * m.m31(), 1000 * m.m32()};
    }

    @Override
    public void finish(long framesWritten) throws IOException {
        writeJson("scene_camera.json", (g, f) -> {
            g.writeStartObject();
            writeArray(g, "cam_K", f.camK());
            g.writeNumberField("depth_scale", depthScale);
            writeArray(g, "cam_R_w2c", f.camRw2c());
            writeArray(g, "cam_t_w2c", f.camTw2c());
            g.writeEndObject();
        });
        writeJson("scene_gt.json", (g, f) -> {
            g.writeStartArray();
            for (BopFrame.Gt gt : f.gts()) {
                g.writeStartObject();
                writeArray(g, "cam_R_m2c", gt.camRm2c());
                writeArray(g, "cam_t_m2c", gt.camTm2c());
                g.writeNumberField("obj_id", gt.objId());
                g.writeNumberField("instance_id", gt.instanceId());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        writeJson("scene_gt_info.json", (g, f) -> {
            g.writeStartArray();
            for (BopFrame.Gt gt : f.gts()) {
                writeInfo(g, gt);
            }
            g.writeEndArray();
        });
    }

    private static void writeInfo(JsonGenerator g, BopFrame.Gt gt) throws IOException {
        g.writeStartObject();
        g.writeFieldName("bbox_obj");
        g.writeArray(gt.bboxObj() != null ? gt.bboxObj() : new int[] {-1, -1, -1, -1}, 0, 4);
        g.writeFieldName("bbox_visib");
        g.writeArray(gt.bboxVisib() != null ? gt.bboxVisib() : new int[] {-1, -1, -1, -1}, 0, 4);
        g.writeNumberField("px_count_all", gt.pxCountAll());
        g.writeNumberField("px_count_valid", gt.pxCountVisib());  // every visible pixel has a depth
        g.writeNumberField("px_count_visib", gt.pxCountVisib());
        if (gt.pxCountAll() > 0) {
            g.writeNumberField("visib_fract", Math.min(1.0, (double) gt.pxCountVisib() / gt.pxCountAll()));
        } else if (gt.pxCountAll() == 0) {
            g.writeNumberField("visib_fract", 0.0);
        } else {
            g.writeNumberField("visib_fract", -1.0);
        }
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface FrameWriter {
        void write(JsonGenerator g, BopFrame f) throws IOException;
    }

    /** A scene file: an object keyed by im_id (as a string), in frame order. */
    private void writeJson(String file, FrameWriter perFrame) throws IOException {
        AtomicFiles.write(scene().resolve(file), out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                for (BopFrame f : frames.values()) {
                    g.writeFieldName(Long.toString(f.imId()));
                    perFrame.write(g, f);
                }
                g.writeEndObject();
            }
        });
    }

    private static void writeArray(JsonGenerator g, String field, double[] values) throws IOException {
        g.writeFieldName(field);
        g.writeArray(values, 0, values.length);
    }
}
