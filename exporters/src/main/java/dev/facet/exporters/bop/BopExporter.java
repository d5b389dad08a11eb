package dev.facet.exporters.bop;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joml.Matrix4d;

/**
 * The BOP layout for 6D pose training: {@code bop/} is a split folder of scenes of at most 1000
 * images, frame k in {@code bop/NNNNNN/} with NNNNNN = k / 1000 (so any block of frames writes
 * whole scenes or parts of scenes), each with {@code rgb/}, {@code depth/} (uint16,
 * depth_mm = value * depth_scale), {@code mask_visib/NNNNNN_MMMMMM.png} (255 where object M is
 * visible), {@code mask/NNNNNN_MMMMMM.png} (255 where object M's whole unoccluded silhouette
 * covers the image, from its amodal mask; see {@link BopMasks}) and, assembled from the frames'
 * parts ({@code bop/parts/NNNNNN.json}),
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
        return "bop/NNNNNN/: BOP scenes of 1000 images (poses, camera, visible and whole masks, uint16 depth)"
                + " for 6D pose training";
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
            for (String folder : List.of("rgb", "depth", BopMasks.VISIBLE, BopMasks.WHOLE)) {
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
        AmodalMasks amodal = frame.pixels().layers().amodal();
        int w = frame.pixels().width();
        int h = frame.pixels().height();
        for (int i = 0; i < annotations.size(); i++) {
            ObjectAnnotation a = annotations.get(i);
            AmodalMasks.Mask whole = amodal.of(a.object().instanceId());
            String name = stem + "_" + DatasetLayout.stem(i) + ".png";
            BopMasks.write(scene.resolve(BopMasks.VISIBLE).resolve(name), w, h, BopMasks.visible(frame, a));
            BopMasks.write(scene.resolve(BopMasks.WHOLE).resolve(name), w, h, BopMasks.whole(w, h, whole));
            gts.add(groundTruth(frame, a, whole, w2c, cam));
        }
        BopFrame part = new BopFrame(frame.index(),
                new double[] {cam.fx(), 0, cam.cx(), 0, cam.fy(), cam.cy(), 0, 0, 1}, rotation(w2c), translationMm(w2c), gts);
        Parts.write(Parts.of(folder(), frame.index()), part::writePart);
    }

    /** The object's entry of scene_gt and scene_gt_info, {@code whole} its amodal mask (null when it misses the canvas). */
    private BopFrame.Gt groundTruth(Frame frame, ObjectAnnotation a, AmodalMasks.Mask whole, Matrix4d w2c,
                                    Camera cam) {
        SceneObject o = a.object();
        Matrix4d m2c = new Matrix4d(w2c).mul(o.worldFromObject());
        return new BopFrame.Gt(o.category().id(), o.instanceId(), ObjectPose.of(m2c),
                GtInfo.of(frame.pixels(), a, whole, depthScale));
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
        BopScenes.write(folderIn(assembly.info().out()), depthScale, assembly);
    }
}
