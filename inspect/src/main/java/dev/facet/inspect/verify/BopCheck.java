package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import dev.facet.inspect.dataset.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bop/000000/} against the core files: each object's cam_R_m2c and cam_t_m2c (mm) are
 * world_to_camera times world_from_object of the meta file, obj_id its category; cam_K is K;
 * the depth PNG is the depth npy at depth_scale mm per unit; mask_visib is the object's pixels.
 */
final class BopCheck {
    static final String POSE = "bop-pose";
    static final String DEPTH = "bop-depth";
    static final String MASK = "bop-mask";
    private static final double ROTATION_TOLERANCE = 1e-9;
    private static final double MM_TOLERANCE = 1e-6;

    private final Findings findings;
    private final Path scene;
    private final JsonNode gt;
    private final JsonNode camera;

    private BopCheck(Findings findings, Path scene, JsonNode gt, JsonNode camera) {
        this.findings = findings;
        this.scene = scene;
        this.gt = gt;
        this.camera = camera;
    }

    static BopCheck of(Dataset dataset, Findings findings) {
        Path scene = dataset.root().resolve("bop").resolve("000000");
        if (!Files.isDirectory(scene)) {
            return null;
        }
        for (String check : new String[] {POSE, DEPTH, MASK}) {
            findings.declare(check);
        }
        try {
            return new BopCheck(findings, scene, Dataset.JSON.readTree(scene.resolve("scene_gt.json").toFile()),
                    Dataset.JSON.readTree(scene.resolve("scene_camera.json").toFile()));
        } catch (IOException e) {
            findings.failed(POSE, scene, "scene_gt.json or scene_camera.json does not read: " + IntegrityCheck.firstLine(e));
            return null;
        }
    }

    void check(FrameData f) {
        if (f.meta() == null) {
            return;
        }
        String key = Long.toString(f.frame());
        JsonNode cam = camera.path(key);
        double depthScale = cam.path("depth_scale").asDouble(1.0);
        checkPoses(f.meta(), gt.path(key), cam);
        String stem = Layout.stem(f.frame());
        DepthPngCheck.check(findings, DEPTH, scene.resolve("depth").resolve(stem + ".png"), f, depthScale);
        if (f.instance() != null) {
            List<MetaObject> objects = f.meta().objects();
            for (int i = 0; i < objects.size(); i++) {
                checkMask(scene.resolve("mask_visib").resolve(stem + "_" + Layout.stem(i) + ".png"), f, objects.get(i));
            }
        }
    }

    private void checkPoses(FrameMeta meta, JsonNode entries, JsonNode cam) {
        Path gtFile = scene.resolve("scene_gt.json");
        double[][] k = meta.k();
        double[] camK = doubles(cam.path("cam_K"));
        findings.expect(close(camK, new double[] {k[0][0], k[0][1], k[0][2], k[1][0], k[1][1], k[1][2], k[2][0],
                k[2][1], k[2][2]}, ROTATION_TOLERANCE), POSE, scene.resolve("scene_camera.json"),
                "cam_K of im_id " + meta.frame() + " is not the meta K");
        List<MetaObject> objects = meta.objects();
        if (!findings.expect(entries.size() == objects.size(), POSE, gtFile, "im_id " + meta.frame() + " has "
                + entries.size() + " entries for " + objects.size() + " objects")) {
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            MetaObject o = objects.get(i);
            JsonNode e = entries.path(i);
            double[][] m2c = Affine.multiply(meta.worldToCamera(), o.worldFromObject());
            double[] r = {m2c[0][0], m2c[0][1], m2c[0][2], m2c[1][0], m2c[1][1], m2c[1][2], m2c[2][0], m2c[2][1], m2c[2][2]};
            double[] t = {1000 * m2c[0][3], 1000 * m2c[1][3], 1000 * m2c[2][3]};
            boolean same = close(scaled(doubles(e.path("cam_R_m2c")), e.path("scale")), r, ROTATION_TOLERANCE)
                    && close(doubles(e.path("cam_t_m2c")), t, MM_TOLERANCE)
                    && e.path("obj_id").asInt() == o.categoryId() && e.path("instance_id").asInt() == o.instanceId();
            findings.expect(same, POSE, gtFile, "im_id " + meta.frame() + " entry " + i + " ("
                    + LabelCheck.describe(o) + "): pose or ids differ from meta world_to_camera x world_from_object");
        }
    }

    private void checkMask(Path file, FrameData f, MetaObject o) {
        try {
            Pixels.Gray mask = Pixels.gray(file);
            int[] ids = f.instance().samples();
            long wrong = 0;
            for (int p = 0; p < ids.length && mask.samples().length == ids.length; p++) {
                if ((mask.samples()[p] == 255) != (ids[p] == o.instanceId())) {
                    wrong++;
                }
            }
            findings.expect(mask.samples().length == ids.length && wrong == 0, MASK, file,
                    LabelCheck.describe(o) + ": mask differs from instance/ at " + wrong + " pixels");
        } catch (IOException e) {
            findings.failed(MASK, file, IntegrityCheck.firstLine(e));
        }
    }

    /**
     * cam_R_m2c (row-major, a rotation) times diag(scale): the model-to-camera matrix's 3x3 for a
     * mesh whose file units the pose scales (the entry's {@code scale}, per model axis; absent: 1).
     */
    private static double[] scaled(double[] rotation, JsonNode scale) {
        if (scale.isMissingNode() || scale.size() != 3 || rotation.length != 9) {
            return rotation;
        }
        double[] m = rotation.clone();
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                m[3 * row + col] *= scale.path(col).asDouble();
            }
        }
        return m;
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.path(i).asDouble();
        }
        return v;
    }

    private static boolean close(double[] a, double[] b, double tolerance) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= tolerance * Math.max(1, Math.abs(b[i])))) {
                return false;
            }
        }
        return true;
    }
}
