package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.testkit.Png;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs of the orbit sequences with amodal masks, 3D boxes and the tracking exports: every
 * amodal mask (decoded from its RLE) holds its object's visible pixels, visibility agrees with
 * the masks and with BOP's visib_fract, the projected corners of a fully visible object enclose
 * its visible pixels (and for boxes the 2D box comes within a pixel or two of the corners' hull),
 * MOT's gt.txt parses and holds the COCO boxes, and COCO's images carry video_id and frame_id.
 */
class AmodalTrackingTest {
    static final int W = 160;
    static final int H = 120;
    static final int FRAMES = 5;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path orbit;
    static Path tabletop;

    @BeforeAll
    static void render() {
        orbit = tmp.resolve("orbit");
        assertEquals(0, Facet.execute("run", "orbit", "--frames", "" + FRAMES, "--width", "" + W, "--height", "" + H,
                "--export", "coco,mot,bop", "--core-outputs", "rgb,instance,semantic,depth,amodal",
                "--out", orbit.toString()));
        tabletop = tmp.resolve("tabletop");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "8", "--width", "" + W, "--height", "" + H,
                "--core-outputs", "instance,amodal", "--out", tabletop.toString()));
    }

    @Test
    void everyAmodalMaskHoldsItsVisiblePixelsAndVisibilityIsTheirRatio() throws Exception {
        JsonNode infos = JSON.readTree(orbit.resolve("bop/000000/scene_gt_info.json").toFile());
        int partlyHidden = 0;
        for (long k = 0; k < FRAMES; k++) {
            JsonNode meta = ExportFormatsTest.meta(orbit, k);
            JsonNode amodal = DatasetFiles.readJson(DatasetFiles.file(orbit, "amodal", k));
            int[] ids = ExportFormatsTest.instance(orbit, k);
            Map<Integer, JsonNode> masks = new HashMap<>();
            amodal.get("objects").forEach(m -> masks.put(m.get("instance_id").asInt(), m));
            for (int i = 0; i < meta.get("objects").size(); i++) {
                JsonNode o = meta.get("objects").get(i);
                int id = o.get("instance_id").asInt();
                String what = "frame " + k + " " + o.get("name").asText();
                double visibility = o.get("visibility").asDouble();
                assertEquals(visibility, infos.get("" + k).get(i).get("visib_fract").asDouble(), 1e-12,
                        what + ": BOP visib_fract is the visibility");
                JsonNode m = masks.get(id);
                if (m == null) {
                    assertEquals(0, o.get("pixel_count").asLong(), what + " is visible but has no mask");
                    continue;
                }
                boolean[] mask = ExportFormatsTest.decodeRle(m.get("segmentation").get("counts"), W, H);
                long inMask = 0;
                for (int p = 0; p < ids.length; p++) {
                    inMask += mask[p] ? 1 : 0;
                    if (ids[p] == id) {
                        assertTrue(mask[p], what + ": visible pixel " + p % W + "," + p / W + " outside its amodal mask");
                    }
                }
                assertEquals(m.get("pixel_count").asLong(), inMask, what + " pixel_count");
                assertEquals(o.get("amodal_pixel_count_all").asLong(), m.get("pixel_count_all").asLong(), what);
                assertEquals((double) o.get("pixel_count").asLong() / m.get("pixel_count_all").asLong(), visibility,
                        1e-12, what + " visibility");
                partlyHidden += visibility > 0 && visibility < 0.95 ? 1 : 0;
            }
        }
        assertTrue(partlyHidden >= FRAMES, "partly hidden objects seen: " + partlyHidden);
    }

    @Test
    void projectedCornersOfAFullyVisibleObjectEncloseItsPixels() throws Exception {
        int checked = 0;
        int boxes = 0;
        for (long k = 0; k < 8; k++) {
            JsonNode meta = ExportFormatsTest.meta(tabletop, k);
            int[] ids = Png.gray16(DatasetFiles.file(tabletop, "instance", k), W, H);
            for (JsonNode o : meta.get("objects")) {
                JsonNode box = o.get("box_3d");
                assertEquals(9, box.get("keypoints_2d").size());
                if (o.get("visibility").asDouble() < 1 || o.get("shape").get("type").asText().equals("plane")) {
                    continue;
                }
                List<double[]> corners = new ArrayList<>();
                for (int c = 1; c <= 8; c++) {
                    JsonNode p = box.get("keypoints_2d").get(c);
                    corners.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                }
                double[][] hull = BopGroundTruthTest.ConvexHull.of(corners);
                int id = o.get("instance_id").asInt();
                String what = "frame " + k + " " + o.get("name").asText();
                for (int p = 0; p < ids.length; p++) {
                    if (ids[p] == id) {
                        assertTrue(near(hull, p % W, p / W), what + ": pixel " + p % W + "," + p / W
                                + " lies outside the projected 3D box");
                    }
                }
                checked++;
                if (o.get("shape").get("type").asText().equals("box")) {
                    double[] hb = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                    for (double[] c : corners) {
                        hb = new double[] {Math.min(hb[0], c[0]), Math.min(hb[1], c[1]), Math.max(hb[2], c[0]),
                            Math.max(hb[3], c[1])};
                    }
                    JsonNode b = o.get("bbox_2d");
                    double[] box2d = {b.get(0).asInt(), b.get(1).asInt(), b.get(0).asInt() + b.get(2).asInt() - 1,
                        b.get(1).asInt() + b.get(3).asInt() - 1};
                    for (int i = 0; i < 4; i++) {
                        assertEquals(hb[i], box2d[i], 1.5, what + ": 2D box side " + i + " against the corners' hull");
                    }
                    boxes++;
                }
            }
        }
        assertTrue(checked >= 20 && boxes >= 5, "objects checked " + checked + ", boxes " + boxes);
    }

    /** Inside the hull, or within half a pixel of it (a pixel centre on the outline). */
    private static boolean near(double[][] hull, int u, int v) {
        for (double du = -0.5; du <= 0.5; du += 0.5) {
            for (double dv = -0.5; dv <= 0.5; dv += 0.5) {
                if (BopGroundTruthTest.ConvexHull.contains(hull, u + du, v + dv)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void motGroundTruthParsesAndHoldsTheCocoBoxes() throws Exception {
        JsonNode coco = JSON.readTree(orbit.resolve("coco/annotations.json").toFile());
        Map<String, int[]> cocoBoxes = new HashMap<>();
        for (JsonNode a : coco.get("annotations")) {
            int[] b = BopGroundTruthTest.ints(a.get("bbox"));
            cocoBoxes.put(a.get("image_id").asLong() + "/" + a.get("instance_id").asInt(), b);
        }
        for (JsonNode im : coco.get("images")) {
            JsonNode meta = ExportFormatsTest.meta(orbit, im.get("id").asLong());
            assertEquals(meta.get("sequence").asLong(), im.get("video_id").asLong());
            assertEquals(meta.get("step").asLong(), im.get("frame_id").asLong());
        }
        assertEquals("sequence_000000", coco.get("videos").get(0).get("name").asText());
        Path seq = orbit.resolve("mot/facet-all/sequence_000000");
        List<String> rows = Files.readAllLines(seq.resolve("gt/gt.txt"));
        assertEquals(cocoBoxes.size(), rows.size(), "one row per COCO annotation");
        for (String row : rows) {
            String[] f = row.split(",");
            assertEquals(9, f.length, row);
            long frame = Long.parseLong(f[0]) - 1;  // sequence 0: MOT frame t + 1 is frame t
            int id = Integer.parseInt(f[1]);
            int[] b = cocoBoxes.get(frame + "/" + id);
            assertNotNull(b, "no COCO annotation for " + row);
            assertEquals(List.of(b[0], b[1], b[2], b[3]), List.of(Integer.parseInt(f[2]) - 1, Integer.parseInt(f[3]) - 1,
                    Integer.parseInt(f[4]), Integer.parseInt(f[5])), "MOT's 1-based box is the COCO box: " + row);
            assertEquals("1", f[6]);
            JsonNode o = ExportFormatsTest.objectWithId(ExportFormatsTest.meta(orbit, frame), id);
            assertEquals(o.get("category_id").asInt(), Integer.parseInt(f[7]));
            assertEquals(o.get("visibility").asDouble(), Double.parseDouble(f[8]), 1e-6);
        }
        String ini = Files.readString(seq.resolve("seqinfo.ini"));
        assertTrue(ini.startsWith("[Sequence]\nname=sequence_000000\nimDir=img1\nframeRate=30\nseqLength=" + FRAMES + "\n"),
                ini);
        for (int t = 1; t <= FRAMES; t++) {
            assertTrue(Files.exists(seq.resolve(String.format("img1/%06d.png", t))), "img1 frame " + t);
        }
    }
}
