package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.testkit.Png;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * BOP ground truth of real renders, decoded by the BOP toolkit's published definitions
 * (docs/bop_datasets_format.md, scripts/calc_gt_info.py, bop_toolkit_lib misc.calc_2d_bbox and
 * pose_error.re): cam_R_m2c is a rotation, R (scale * p) + t reprojects the meta's poses,
 * px_count_all counts the whole silhouette on the 3x enlarged canvas (checked for boxes by an
 * independent convex-hull rasterisation of the projected corners), visible lies inside all,
 * visib_fract = visib / all (= the meta's visibility, for meshes too), boxes are
 * [x_min, y_min, x_max - x_min, y_max - y_min], and calc_gt_masks.py's masks: mask_visib the
 * visible pixels, mask the whole silhouette within the image ({@link BopMasks}; for boxes the
 * same hull, clipped to the image).
 */
class BopGroundTruthTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"tabletop, 12, 0", "bin, 8, 0", "room, 8, 3"})  // room: walls leaving the frame
    void groundTruthFollowsTheToolkitDefinitions(String scenario, int frames, int reachingOut) throws Exception {
        Path out = tmp.resolve(scenario);
        assertEquals(0, Facet.execute("run", scenario, "--frames", "" + frames, "--width", "" + W, "--height", "" + H,
                "--export", "bop", "--out", out.toString()));
        Path scene = out.resolve("bop/000000");
        JsonNode gts = JSON.readTree(scene.resolve("scene_gt.json").toFile());
        JsonNode infos = JSON.readTree(scene.resolve("scene_gt_info.json").toFile());
        JsonNode cams = JSON.readTree(scene.resolve("scene_camera.json").toFile());
        int boxesChecked = 0;
        int boxesReachingOut = 0;
        int[] extents = new int[BopMasks.Extent.values().length];
        for (long k = 0; k < frames; k++) {
            JsonNode meta = DatasetFiles.readJson(DatasetFiles.file(out, "meta", k));
            int[] ids = Png.gray16(DatasetFiles.file(out, "instance", k), W, H);
            double[] camK = doubles(cams.get("" + k).get("cam_K"));
            for (int i = 0; i < meta.get("objects").size(); i++) {
                JsonNode o = meta.get("objects").get(i);
                JsonNode gt = gts.get("" + k).get(i);
                JsonNode info = infos.get("" + k).get(i);
                String what = scenario + " frame " + k + " " + o.get("name").asText();
                double[] r = doubles(gt.get("cam_R_m2c"));
                assertRotation(r, what);
                assertPoseReprojects(o, meta, r, doubles(gt.get("cam_t_m2c")), doubles(gt.get("scale")), camK, what);
                boolean[] visible = new boolean[W * H];
                int id = o.get("instance_id").asInt();
                for (int p = 0; p < ids.length; p++) {
                    visible[p] = ids[p] == id;
                }
                assertInfo(info, o, visible, what);
                BopMasks masks = BopMasks.read(scene, k, i, W, H);
                extents[masks.assertAgainst(info, visible, W, H, what).ordinal()]++;
                if (o.get("shape").get("type").asText().equals("box") && info.get("px_count_visib").asLong() > 0) {
                    Boolean reachesOut = assertBoxSilhouette(info, o, gt, camK, visible, masks.whole(), what);
                    if (reachesOut != null) {
                        boxesChecked++;
                        boxesReachingOut += reachesOut ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(boxesChecked >= 5, scenario + ": boxes checked " + boxesChecked);
        assertTrue(boxesReachingOut >= reachingOut, scenario + ": boxes reaching outside the image " + boxesReachingOut);
        assertTrue(extents[BopMasks.Extent.INSIDE.ordinal()] >= 5, scenario + ": masks inside the image "
                + extents[BopMasks.Extent.INSIDE.ordinal()]);
        assertTrue(extents[BopMasks.Extent.REACHING_OUT.ordinal()] >= reachingOut, scenario + ": masks reaching out");
        try (java.util.stream.Stream<Path> masks = java.nio.file.Files.list(scene.resolve("mask"))) {
            long entries = 0;
            for (JsonNode frame : gts) {
                entries += frame.size();
            }
            assertEquals(entries, masks.count(), scenario + ": one mask per scene_gt entry, hidden objects too");
        }
    }

    /** Orthonormal with determinant +1; the toolkit's rotation error of the gt against itself is 0. */
    static void assertRotation(double[] r, String what) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[3 * i] * r[3 * j] + r[3 * i + 1] * r[3 * j + 1] + r[3 * i + 2] * r[3 * j + 2];
                assertEquals(i == j ? 1 : 0, dot, 1e-9, what + " R R^T");
            }
        }
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
        assertEquals(1, det, 1e-9, what + " det");
        // pose_error.re(R, R): acos((trace(R R^-1) - 1) / 2), R^-1 = R^T
        double trace = 0;
        for (int i = 0; i < 3; i++) {
            trace += r[3 * i] * r[3 * i] + r[3 * i + 1] * r[3 * i + 1] + r[3 * i + 2] * r[3 * i + 2];
        }
        assertEquals(0, Math.toDegrees(Math.acos(Math.min(1, (trace - 1) / 2))), 1e-3, what + " re");
    }

    /** Corners of the object's bounds (metres, the meta's frame) land where the meta's matrices put them. */
    static void assertPoseReprojects(JsonNode o, JsonNode meta, double[] r, double[] tMm, double[] scale, double[] camK,
                                     String what) {
        double[][] wfo = ExportFormatsTest.rows(o.get("world_from_object"));
        double[][] w2c = ExportFormatsTest.rows(meta.get("camera").get("world_to_camera"));
        for (double[] p : new double[][] {{0.03, -0.02, 0.05}, {-0.1, 0.07, 0.02}}) {
            double[] expected = ExportFormatsTest.apply(w2c, ExportFormatsTest.apply(wfo, p));
            double[] actual = new double[3];
            for (int row = 0; row < 3; row++) {
                for (int c = 0; c < 3; c++) {
                    actual[row] += r[3 * row + c] * scale[c] * p[c] * 1000;
                }
                actual[row] = (actual[row] + tMm[row]) / 1000;
            }
            assertArrayEquals(expected, actual, 1e-9, what + " R (scale p) + t");
            if (expected[2] > 0.01) {
                assertEquals(camK[0] * expected[0] / expected[2] + camK[2], camK[0] * actual[0] / actual[2] + camK[2],
                        1e-6, what + " u");
            }
        }
    }

    /** bbox_visib by calc_2d_bbox, visible inside all, visib_fract = visib / all = the meta's visibility, meshes too. */
    static void assertInfo(JsonNode info, JsonNode o, boolean[] visible, String what) {
        long n = 0;
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int p = 0; p < visible.length; p++) {
            if (visible[p]) {
                n++;
                include(b, p % W, p / W);
            }
        }
        assertEquals(n, info.get("px_count_visib").asLong(), what);
        int[] expectedBox = n == 0 ? new int[] {-1, -1, -1, -1} : new int[] {b[0], b[1], b[2] - b[0], b[3] - b[1]};
        assertArrayEquals(expectedBox, ints(info.get("bbox_visib")), what + " bbox_visib");
        long all = info.get("px_count_all").asLong();
        double fract = info.get("visib_fract").asDouble();
        assertEquals(o.get("visibility").asDouble(), fract, 1e-12, what + " visib_fract is the meta's visibility");
        assertTrue(all >= n, what + ": px_count_all " + all + " < px_count_visib " + n);
        assertEquals(all == 0 ? 0.0 : (double) n / all, fract, 1e-12, what + " visib_fract");
        long valid = info.get("px_count_valid").asLong();
        assertTrue(valid >= n && valid <= all, what + " px_count_valid " + valid);
        if (n == 0) {
            assertArrayEquals(new int[] {-1, -1, -1, -1}, ints(info.get("bbox_obj")), what + " bbox_obj");
        }
    }

    /**
     * A box wholly in front of the near plane: its silhouette is the convex hull of its projected
     * corners. Counted here at the pixel centres of the canvas -W..2W x -H..2H, joined with the
     * visible pixels, it must match px_count_all and bbox_obj, and within the image the mask
     * {@code whole} pixel by pixel, up to pixels whose centres lie on the outline. Returns whether
     * the silhouette reaches outside the image, null when not checked.
     */
    static Boolean assertBoxSilhouette(JsonNode info, JsonNode o, JsonNode gt, double[] camK, boolean[] visible,
                                       int[] whole, String what) {
        double[] size = doubles(o.get("shape").get("size"));
        double[] r = doubles(gt.get("cam_R_m2c"));
        double[] t = doubles(gt.get("cam_t_m2c"));
        double[] s = doubles(gt.get("scale"));
        List<double[]> corners = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            double[] p = {((c & 1) == 0 ? -0.5 : 0.5) * size[0] * s[0] * 1000, ((c & 2) == 0 ? -0.5 : 0.5) * size[1] * s[1]
                * 1000, ((c & 4) == 0 ? -0.5 : 0.5) * size[2] * s[2] * 1000};
            double[] q = new double[3];
            for (int row = 0; row < 3; row++) {
                q[row] = r[3 * row] * p[0] + r[3 * row + 1] * p[1] + r[3 * row + 2] * p[2] + t[row];
            }
            if (q[2] < 100) {
                return null;  // near the camera plane: not a plain hull
            }
            corners.add(new double[] {camK[0] * q[0] / q[2] + camK[2], camK[4] * q[1] / q[2] + camK[5]});
        }
        double[][] hull = ConvexHull.of(corners);
        long n = 0;
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        boolean outside = false;
        long differ = 0;
        for (int v = -H; v < 2 * H; v++) {
            for (int u = -W; u < 2 * W; u++) {
                boolean in = u >= 0 && v >= 0 && u < W && v < H;
                boolean covered = ConvexHull.contains(hull, u, v) || (in && visible[v * W + u]);
                if (covered) {
                    n++;
                    include(b, u, v);
                    outside |= !in;
                }
                differ += in && covered != (whole[v * W + u] == 255) ? 1 : 0;
            }
        }
        long all = info.get("px_count_all").asLong();
        assertEquals(n, all, 2 + 0.01 * n, what + " px_count_all");
        assertTrue(differ <= 2 + 0.01 * n, what + ": mask differs from the hull at " + differ + " pixels");
        int[] box = ints(info.get("bbox_obj"));
        int[] expected = {b[0], b[1], b[2] - b[0], b[3] - b[1]};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], box[i], 1, what + " bbox_obj " + i);
        }
        return outside;
    }

    private static void include(int[] b, int u, int v) {
        b[0] = Math.min(b[0], u);
        b[1] = Math.min(b[1], v);
        b[2] = Math.max(b[2], u);
        b[3] = Math.max(b[3], v);
    }

    static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asDouble();
        }
        return d;
    }

    static int[] ints(JsonNode a) {
        int[] d = new int[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asInt();
        }
        return d;
    }

    /** Andrew's monotone chain, counter-clockwise in (u, v); inside by the left-of-every-edge test. */
    static final class ConvexHull {
        static double[][] of(List<double[]> points) {
            double[][] p = points.toArray(new double[0][]);
            java.util.Arrays.sort(p, (a, c) -> a[0] != c[0] ? Double.compare(a[0], c[0]) : Double.compare(a[1], c[1]));
            double[][] h = new double[2 * p.length][];
            int k = 0;
            for (double[] q : p) {
                while (k >= 2 && cross(h[k - 2], h[k - 1], q) <= 0) {
                    k--;
                }
                h[k++] = q;
            }
            for (int i = p.length - 2, lower = k + 1; i >= 0; i--) {
                while (k >= lower && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                    k--;
                }
                h[k++] = p[i];
            }
            return java.util.Arrays.copyOf(h, k - 1);
        }

        static boolean contains(double[][] hull, double u, double v) {
            for (int i = 0; i < hull.length; i++) {
                if (cross(hull[i], hull[(i + 1) % hull.length], new double[] {u, v}) < 0) {
                    return false;
                }
            }
            return hull.length >= 3;
        }

        private static double cross(double[] o, double[] a, double[] b) {
            return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
        }
    }
}
