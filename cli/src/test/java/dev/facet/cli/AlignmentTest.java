package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The alignment contract, checked against an independent source: rays cast with jME's
 * picking through pixel centres, using only K and world_to_camera from the meta files.
 */
class AlignmentTest {
    @TempDir
    static Path tmp;

    static Path vga;
    static Path odd;

    @BeforeAll
    static void render() {
        vga = tmp.resolve("vga");
        odd = tmp.resolve("odd");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "3", "--seed", "11", "--out", vga.toString()));
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "2", "--seed", "5", "--width", "333",
                "--height", "211", "--start", "40", "--out", odd.toString()));
    }

    static List<FrameReader> frames() {
        return List.of(new FrameReader(vga, 0), new FrameReader(vga, 1), new FrameReader(vga, 2),
                new FrameReader(odd, 40), new FrameReader(odd, 41));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void instanceAndDepthMatchRayCasting(FrameReader frame) throws Exception {
        JsonNode meta = frame.meta();
        MetaScene scene = new MetaScene(meta);
        int[][] instance = frame.gray16("instance");
        float[][] depth = frame.depth();
        Map<Integer, String> shapeOf = new HashMap<>();
        for (JsonNode o : meta.get("objects")) {
            shapeOf.put(o.get("instance_id").asInt(), o.get("shape").get("type").asText());
        }
        int h = instance.length;
        int w = instance[0].length;
        Random random = new Random(frame.frame());
        int checked = 0;
        int silhouette = 0;
        int depthChecked = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int u = random.nextInt(w);
            int v = random.nextInt(h);
            MetaScene.Hit hit = scene.cast(u, v);
            if (nearSilhouette(instance, u, v)) {
                silhouette++;
                continue;
            }
            checked++;
            if (hit.instanceId() != instance[v][u]) {
                wrong.add("(" + u + "," + v + ") image " + instance[v][u] + " ray " + hit.instanceId());
                continue;
            }
            String shape = shapeOf.get(hit.instanceId());
            if ("box".equals(shape) || "plane".equals(shape)) {
                depthChecked++;
                double rel = Math.abs(depth[v][u] - hit.depth()) / hit.depth();
                if (rel > 1e-4) {
                    wrong.add("(" + u + "," + v + ") depth " + depth[v][u] + " ray " + hit.depth());
                }
            } else if (hit.instanceId() == 0) {
                assertEquals(0f, depth[v][u], "no surface must have depth 0");
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked + " pixels disagree, e.g. "
                + wrong.subList(0, Math.min(10, wrong.size())));
        assertTrue(checked > 1000, "too few pixels away from silhouettes: " + checked);
        assertTrue(depthChecked > 500, "too few box/plane pixels: " + depthChecked);
        assertTrue(silhouette > 0 || w < 400, "a cluttered scene has silhouette pixels");
    }

    /** True when the 3x3 neighbourhood of (u, v) in the image holds more than one id. */
    static boolean nearSilhouette(int[][] instance, int u, int v) {
        int id = instance[v][u];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int y = v + dy;
                int x = u + dx;
                if (y >= 0 && y < instance.length && x >= 0 && x < instance[0].length && instance[y][x] != id) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("frames")
    void objectCentresProjectIntoTheirBoxes(FrameReader frame) throws Exception {
        JsonNode meta = frame.meta();
        MetaScene scene = new MetaScene(meta);
        int tested = 0;
        for (JsonNode o : meta.get("objects")) {
            if (o.get("shape").get("type").asText().equals("plane")) {
                continue;
            }
            JsonNode m = o.get("world_from_object");
            double[] uv = scene.project(m.get(0).get(3).asDouble(), m.get(1).get(3).asDouble(), m.get(2).get(3).asDouble());
            assertNotNull(uv, o.get("name") + " is behind the camera");
            int id = o.get("instance_id").asInt();
            // visible at its centre according to the independent ray cast
            if (scene.cast(uv[0], uv[1]).instanceId() != id) {
                continue;
            }
            tested++;
            JsonNode box = o.get("bbox_2d");
            assertNotNull(box, o.get("name") + " is visible at its centre but has no bbox_2d");
            double x = box.get(0).asDouble();
            double y = box.get(1).asDouble();
            // a box [x, y, w, h] covers pixel centres x .. x+w-1: half a pixel either side
            assertTrue(uv[0] >= x - 0.5 && uv[0] <= x + box.get(2).asDouble() - 0.5
                            && uv[1] >= y - 0.5 && uv[1] <= y + box.get(3).asDouble() - 0.5,
                    o.get("name") + " centre " + uv[0] + "," + uv[1] + " outside its bbox " + box);
        }
        assertTrue(tested >= 3, "too few objects visible at their centres: " + tested);
    }

    @ParameterizedTest
    @MethodSource("frames")
    void annotationsAndSemanticAgreeWithTheInstanceImage(FrameReader frame) throws Exception {
        JsonNode meta = frame.meta();
        int[][] instance = frame.gray16("instance");
        int[][] semantic = frame.gray16("semantic");
        Map<Integer, Integer> categoryOf = new HashMap<>();
        Map<Integer, long[]> measured = new HashMap<>();  // count, minX, minY, maxX, maxY
        for (JsonNode o : meta.get("objects")) {
            categoryOf.put(o.get("instance_id").asInt(), o.get("category_id").asInt());
        }
        for (int v = 0; v < instance.length; v++) {
            for (int u = 0; u < instance[0].length; u++) {
                int id = instance[v][u];
                int expected = id == 0 ? 0 : categoryOf.getOrDefault(id, -1);
                assertEquals(expected, semantic[v][u], "semantic at " + u + "," + v + " for instance " + id);
                if (id != 0) {
                    long[] s = measured.computeIfAbsent(id, k -> new long[] {0, Long.MAX_VALUE, Long.MAX_VALUE, -1, -1});
                    s[0]++;
                    s[1] = Math.min(s[1], u);
                    s[2] = Math.min(s[2], v);
                    s[3] = Math.max(s[3], u);
                    s[4] = Math.max(s[4], v);
                }
            }
        }
        for (JsonNode o : meta.get("objects")) {
            long[] s = measured.get(o.get("instance_id").asInt());
            if (s == null) {
                assertEquals(0, o.get("pixel_count").asLong(), o.get("name").asText());
                assertFalse(o.has("bbox_2d"), o.get("name") + " is invisible but has a bbox");
                continue;
            }
            assertEquals(s[0], o.get("pixel_count").asLong(), o.get("name").asText());
            JsonNode box = o.get("bbox_2d");
            assertEquals(List.of(s[1], s[2], s[3] - s[1] + 1, s[4] - s[2] + 1),
                    List.of(box.get(0).asLong(), box.get(1).asLong(), box.get(2).asLong(), box.get(3).asLong()),
                    o.get("name").asText());
        }
    }
}
