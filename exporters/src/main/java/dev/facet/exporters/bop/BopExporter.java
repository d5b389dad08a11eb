package dev.facet.exporters.bop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FiniteJson;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.ObjectMask;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joml.Matrix4d;

/**
 * The BOP layout for 6D pose training: {@code bop/} is a split folder of scenes of at most 1000
 * images, frame k in {@code bop/NNNNNN/} with NNNNNN = k / 1000 (so any block of frames writes
 * whole scenes or parts of scenes), each with {@code rgb/}, {@code depth/} (uint16,
 * depth_mm = value * depth_scale), {@code mask_visib/NNNNNN_MMMMMM.png} (255 where object M is
 * visible) and, assembled from the frames' parts ({@code bop/parts/NNNNNN.json}),
 * {@code scene_camera.json}, {@code scene_gt.json}, {@code scene_gt_info.json}.
 * im_id = frame index; obj_id = category id; every scene object is listed, visible or not.
 * Poses follow BOP: cam_R_m2c a pure rotation (orthonormal, determinant +1), row-major,
 * cam_t_m2c in millimetres, OpenCV camera. BOP models have one fixed size, Facet's objects
 * do not: each gt of scene_gt.json also holds {@code scale} [sx, sy, sz], the scale of the
 * object's frame along its own axes (a mesh's scale; 1 for primitives, whose sizes are in
 * the meta file's shape), so a point p of the object's shape (metres, as the meta file
 * gives it) lies at cam_R_m2c (scale * p * 1000) + cam_t_m2c in the camera, in millimetres.
 * scene_gt_info.json follows the toolkit's calc_gt_info (see {@link GtInfo}), its whole silhouettes
 * from the amodal masks the run asks the renderer for.
 */
public final class BopExporter extends FolderExporter {
    private static final int[] NO_BOX = {-1, -1, -1, -1};

    /** Images per scene folder: frame k lies in scene {@code k / SCENE_SIZE}. */
    public static final int SCENE_SIZE = 1000;

    private double depthScale = 1.0;

    public BopExporter() {
        super("bop");
    }

    @Override
    public String name() {
        return "bop";
    }

    @Override
    public String description() {
        return "bop/NNNNNN/: BOP scenes of 1000 images (poses, camera, visible masks, uint16 depth) for 6D pose training";
    }

    /** scene_gt_info's whole silhouettes come from the amodal masks. */
    @Override
    public Set<Modality> layers() {
        return Set.of(Modality.AMODAL);
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

    @Override
    protected void prepare(Path bop) throws IOException {
        Files.createDirectories(bop.resolve(Parts.FOLDER));
        for (long s = info().frames().start() / SCENE_SIZE; s * SCENE_SIZE < info().frames().end(); s++) {
            for (String folder : List.of("rgb", "depth", "mask_visib")) {
                Files.createDirectories(bop.resolve(DatasetLayout.stem(s)).resolve(folder));
            }
        }
    }

    /** The scene folder of frame {@code frame}: {@code bop/NNNNNN} with NNNNNN = frame / 1000. */
    static Path scene(Path bop, long frame) {
        return bop.resolve(DatasetLayout.stem(frame / SCENE_SIZE));
    }

    /** Writes the frame's images and masks into its scene, and its part {@code bop/parts/NNNNNN.json}. */
    @Override
    public void write(Frame frame) throws IOException {
        Path scene = scene(folder(), frame.index());
        String stem = DatasetLayout.stem(frame.index());
        AtomicFiles.write(scene.resolve("rgb").resolve(stem + ".png"), FrameImages.rgbPng(frame, PngEncoder.DEFAULT_LEVEL));
        AtomicFiles.write(scene.resolve("depth").resolve(stem + ".png"), FrameImages.depthPng(frame, depthScale));
        Camera cam = frame.scene().camera();
        Matrix4d w2c = new Matrix4d(cam.worldToCamera());
        List<BopFrame.Gt> gts = new ArrayList<>();
        List<ObjectAnnotation> annotations = frame.annotations();
        for (int i = 0; i < annotations.size(); i++) {
            ObjectAnnotation a = annotations.get(i);
            writeMask(frame, a, scene.resolve("mask_visib").resolve(stem + "_" + DatasetLayout.stem(i) + ".png"));
            gts.add(groundTruth(frame, a, w2c, cam));
        }
        BopFrame part = new BopFrame(frame.index(),
                new double[] {cam.fx(), 0, cam.cx(), 0, cam.fy(), cam.cy(), 0, 0, 1}, rotation(w2c), translationMm(w2c), gts);
        Parts.write(Parts.of(folder(), frame.index()), part::writePart);
    }

    /** 255 where the object is visible, 0 elsewhere, the whole image. */
    private static void writeMask(Frame frame, ObjectAnnotation a, Path file) throws IOException {
        int w = frame.pixels().width();
        int h = frame.pixels().height();
        byte[] mask = new byte[w * h];
        if (a.visible()) {
            ObjectMask box = ObjectMask.of(frame, a);
            for (int v = 0; v < box.height(); v++) {
                for (int u = 0; u < box.width(); u++) {
                    if (box.at(u, v)) {
                        mask[(box.y() + v) * w + box.x() + u] = (byte) 255;
                    }
                }
            }
        }
        AtomicFiles.write(file, out -> PngEncoder.ofThisThread(PngEncoder.DEFAULT_LEVEL).writeGray8(out, w, h, mask));
    }

    private BopFrame.Gt groundTruth(Frame frame, ObjectAnnotation a, Matrix4d w2c, Camera cam) {
        SceneObject o = a.object();
        Matrix4d m2c = new Matrix4d(w2c).mul(o.worldFromObject());
        return new BopFrame.Gt(o.category().id(), o.instanceId(), ObjectPose.of(m2c),
                GtInfo.of(frame.pixels(), a, frame.pixels().layers().amodal().of(o.instanceId()), depthScale));
    }

    /** The upper-left 3x3 of the rigid transform m (the camera pose: no scale), row-major. */
    private static double[] rotation(Matrix4d m) {
        return new double[] {m.m00(), m.m10(), m.m20(), m.m01(), m.m11(), m.m21(), m.m02(), m.m12(), m.m22()};
    }

    private static double[] translationMm(Matrix4d m) {
        return new double[] {1000 * m.m30(), 1000 * m.m31(), 1000 * m.m32()};
    }

    /** Writes each scene's {@code scene_camera.json}, {@code scene_gt.json} and {@code scene_gt_info.json} from the parts. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        Path bop = folderIn(assembly.info().out());
        Map<Long, List<BopFrame>> scenes = new TreeMap<>();
        for (long k : assembly.frames()) {
            scenes.computeIfAbsent(k / SCENE_SIZE, s -> new ArrayList<>()).add(BopFrame.readPart(Parts.read(Parts.of(bop, k))));
        }
        for (Map.Entry<Long, List<BopFrame>> scene : scenes.entrySet()) {
            Path folder = bop.resolve(DatasetLayout.stem(scene.getKey()));
            Files.createDirectories(folder);
            writeScene(folder, scene.getValue());
        }
    }

    private void writeScene(Path scene, List<BopFrame> frames) throws IOException {
        writeJson(scene, frames, "scene_camera.json", (g, f) -> {
            g.writeStartObject();
            writeArray(g, "cam_K", f.camK());
            g.writeNumberField("depth_scale", depthScale);
            writeArray(g, "cam_R_w2c", f.camRw2c());
            writeArray(g, "cam_t_w2c", f.camTw2c());
            g.writeEndObject();
        });
        writeJson(scene, frames, "scene_gt.json", (g, f) -> {
            g.writeStartArray();
            for (BopFrame.Gt gt : f.gts()) {
                g.writeStartObject();
                writeArray(g, "cam_R_m2c", gt.pose().rotation());
                writeArray(g, "cam_t_m2c", gt.pose().translationMm());
                g.writeNumberField("obj_id", gt.objId());
                g.writeNumberField("instance_id", gt.instanceId());
                writeArray(g, "scale", gt.pose().scale());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        writeJson(scene, frames, "scene_gt_info.json", (g, f) -> {
            g.writeStartArray();
            for (BopFrame.Gt gt : f.gts()) {
                writeInfo(g, gt.info());
            }
            g.writeEndArray();
        });
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

    @FunctionalInterface
    private interface FrameWriter {
        void write(JsonGenerator g, BopFrame f) throws IOException;
    }

    /** A scene file: an object keyed by im_id (as a string), in frame order. */
    private static void writeJson(Path scene, List<BopFrame> frames, String file, FrameWriter perFrame)
            throws IOException {
        AtomicFiles.write(scene.resolve(file), out -> {
            try (JsonGenerator g = FiniteJson.guard(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), file)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                for (BopFrame f : frames) {
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
