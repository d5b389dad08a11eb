package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in exporter on real rendered frames, each output decoded here independently
 * (own RLE decoder, own polygon rasteriser, own projection, a tar reader) and compared with
 * the core dataset: the instance image, depth and meta files.
 */
class ExportFormatsTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final int FRAMES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;
    static Path segment;

    @BeforeAll
    static void render() {
        out = tmp.resolve("all");
        segment = tmp.resolve("segment");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "" + FRAMES, "--width", "" + W, "--height", "" + H,
                "--export", "coco,yolo,bop,webdataset,depth16", "--out", out.toString()));
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "" + FRAMES, "--width", "" + W, "--height", "" + H,
                "--seed", "7", "--export", "yolo", "--yolo-task", "segment", "--out", segment.toString()));
    }

    static int[] instance(Path root, long k) throws Exception {
        return Png.gray16(DatasetFiles.file(root, "instance", k), W, H);
    }

    static JsonNode meta(Path root, long k) throws Exception {
        return DatasetFiles.readJson(DatasetFiles.file(root, "meta", k));
    }

    static List<JsonNode> visibleObjects(JsonNode meta) {
        List<JsonNode> visible = new ArrayList<>();
        meta.get("objects").forEach(o -> {
            if (o.get("pixel_count").asLong() > 0) {
                visible.add(o);
            }
        });
        return visible;
    }

    // ---------------------------------------------------------------- COCO

    /** COCO's uncompressed RLE, decoded column-major into a row-major mask. */
    static boolean[] decodeRle(JsonNode counts, int width, int height) {
        boolean[] mask = new boolean[width * height];
        int at = 0;
        boolean value = false;
        for (JsonNode c : counts) {
            for (long i = 0; i < c.asLong(); i++, at++) {
                int u = at / height;
                int v = at % height;
                mask[v * width + u] = value;
            }
            value = !value;
        }
        assertEquals(width * height, at, "RLE runs cover the image exactly");
        return mask;
    }

    @Test
    void cocoMasksDecodeToTheInstanceImage() throws Exception {
        JsonNode coco = JSON.readTree(out.resolve("coco/annotations.json").toFile());
        JsonNode images = coco.get("images");
        assertEquals(FRAMES, images.size());
        Map<Long, Integer> annotationsPerImage = new HashMap<>();
        Set<Long> annotationIds = new HashSet<>();
        for (int i = 0; i < FRAMES; i++) {
            JsonNode im = images.get(i);
            assertEquals(i, im.get("id").asLong(), "images sorted by id");
            assertEquals(String.format("rgb/%06d.png", i), im.get("file_name").asText());
            assertTrue(Files.exists(out.resolve(im.get("file_name").asText())));
            assertEquals(W, im.get("width").asInt());
            assertEquals(H, im.get("height").asInt());
        }
        Set<Integer> categoryIds = new TreeSet<>();
        coco.get("categories").forEach(c -> categoryIds.add(c.get("id").asInt()));
        assertEquals(Set.of(1, 2, 3, 4), categoryIds);
        for (JsonNode a : coco.get("annotations")) {
            long k = a.get("image_id").asLong();
            assertTrue(annotationIds.add(a.get("id").asLong()), "annotation ids are unique");
            annotationsPerImage.merge(k, 1, Integer::sum);
            int id = a.get("instance_id").asInt();
            JsonNode seg = a.get("segmentation");
            assertEquals(List.of(H, W), List.of(seg.get("size").get(0).asInt(), seg.get("size").get(1).asInt()));
            boolean[] mask = decodeRle(seg.get("counts"), W, H);
            int[] ids = instance(out, k);
            long n = 0;
            for (int p = 0; p < ids.length; p++) {
                assertEquals(ids[p] == id, mask[p], "frame " + k + " instance " + id + " pixel " + p);
                n += mask[p] ? 1 : 0;
            }
            JsonNode object = objectWithId(meta(out, k), id);
            assertEquals(n, a.get("area").asLong());
            assertEquals(n, a.get("visible_pixel_count").asLong());
            assertEquals(object.get("pixel_count").asLong(), n);
            assertEquals(object.get("bbox_2d"), a.get("bbox"));
            assertEquals(object.get("category_id").asInt(), a.get("category_id").asInt());
            assertEquals(0, a.get("iscrowd").asInt());
        }
        for (long k = 0; k < FRAMES; k++) {
            assertEquals(visibleObjects(meta(out, k)).size(), annotationsPerImage.getOrDefault(k, 0),
                    "one annotation per visible object in frame " + k);
        }
    }

    static JsonNode objectWithId(JsonNode meta, int id) {
        for (JsonNode o : meta.get("objects")) {
            if (o.get("instance_id").asInt() == id) {
                return o;
            }
        }
        throw new AssertionError("no object " + id);
    }

    // ---------------------------------------------------------------- YOLO

    /** data.yaml's names: class index to category name. */
    static Map<Integer, String> yoloNames(Path root) throws Exception {
        Map<Integer, String> names = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^  (\\d+): '([^']*)'").matcher(Files.readString(root.resolve("yolo/data.yaml")));
        while (m.find()) {
            names.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return names;
    }

    static List<double[]> labelLines(Path root, long k) throws Exception {
        List<double[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve(String.format("yolo/labels/%06d.txt", k)))) {
            lines.add(Stream.of(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray());
        }
        return lines;
    }

    @Test
    void yoloBoxesDenormaliseToTheMetaBoxes() throws Exception {
        Map<Integer, String> names = yoloNames(out);
        assertEquals(Map.of(0, "ground", 1, "box", 2, "sphere", 3, "cylinder"), names);
        for (long k = 0; k < FRAMES; k++) {
            List<JsonNode> visible = visibleObjects(meta(out, k));
            List<double[]> lines = labelLines(out, k);
            assertEquals(visible.size(), lines.size(), "one label line per visible object, frame " + k);
            for (int i = 0; i < lines.size(); i++) {
                double[] l = lines.get(i);
                JsonNode o = visible.get(i);
                assertEquals(5, l.length);
                assertEquals(o.get("category").asText(), names.get((int) l[0]));
                double x = (l[1] - l[3] / 2) * W;
                double y = (l[2] - l[4] / 2) * H;
                JsonNode b = o.get("bbox_2d");
                assertEquals(b.get(0).asDouble(), x, 0.5);
                assertEquals(b.get(1).asDouble(), y, 0.5);
                assertEquals(b.get(2).asDouble(), l[3] * W, 0.5);
                assertEquals(b.get(3).asDouble(), l[4] * H, 0.5);
            }
            assertArrayEquals(Files.readAllBytes(DatasetFiles.file(out, "rgb", k)),
                    Files.readAllBytes(out.resolve(String.format("yolo/images/%06d.png", k))));
        }
    }

    /** Even-odd fill at pixel centres (u + 0.5, v + 0.5) of a polygon in pixel-corner coordinates. */
    static boolean[] rasterise(double[] xy) {
        boolean[] mask = new boolean[W * H];
        int n = xy.length / 2;
        for (int v = 0; v < H; v++) {
            double py = v + 0.5;
            for (int u = 0; u < W; u++) {
                double px = u + 0.5;
                boolean inside = false;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = xy[2 * i];
                    double yi = xy[2 * i + 1];
                    double xj = xy[2 * j];
                    double yj = xy[2 * j + 1];
                    if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
                mask[v * W + u] = inside;
            }
        }
        return mask;
    }

    @Test
    void yoloSegmentPolygonsCoverTheMasks() throws Exception {
        int checked = 0;
        for (long k = 0; k < FRAMES; k++) {
            List<JsonNode> visible = visibleObjects(meta(segment, k));
            List<double[]> lines = labelLines(segment, k);
            assertEquals(visible.size(), lines.size());
            int[] ids = instance(segment, k);
            for (int i = 0; i < lines.size(); i++) {
                double[] l = lines.get(i);
                assertTrue(l.length >= 7 && l.length % 2 == 1, "class and at least three points");
                double[] xy = new double[l.length - 1];
                for (int c = 1; c < l.length; c++) {
                    xy[c - 1] = l[c] * ((c % 2 == 1) ? W : H);
                }
                JsonNode o = visible.get(i);
                if (o.get("pixel_count").asLong() < 200) {
                    continue;
                }
                boolean[] poly = rasterise(xy);
                int id = o.get("instance_id").asInt();
                long both = 0;
                long either = 0;
                for (int p = 0; p < ids.length; p++) {
                    boolean m = ids[p] == id;
                    both += m && poly[p] ? 1 : 0;
                    either += m || poly[p] ? 1 : 0;
                }
                double iou = (double) both / either;
                assertTrue(iou > 0.8, "frame " + k + " " + o.get("name").asText() + " IoU " + iou);
                checked++;
            }
        }
        assertTrue(checked >= 3, "objects over 200 px checked: " + checked);
    }

    // ---------------------------------------------------------------- BOP

    static double[] project(double[][] k, double x, double y, double z) {
        return new double[] {k[0][0] * x / z + k[0][2], k[1][1] * y / z + k[1][2]};
    }

    static double[][] rows(JsonNode m) {
        double[][] r = new double[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            r[i] = new double[m.get(i).size()];
            for (int j = 0; j < r[i].length; j++) {
                r[i][j] = m.get(i).get(j).asDouble();
            }
        }
        return r;
    }

    @Test
    void bopPosesReprojectLikeTheMeta() throws Exception {
        Path scene = out.resolve("bop/000000");
        JsonNode cameras = JSON.readTree(scene.resolve("scene_camera.json").toFile());
        JsonNode gts = JSON.readTree(scene.resolve("scene_gt.json").toFile());
        JsonNode infos = JSON.readTree(scene.resolve("scene_gt_info.json").toFile());
        double[] probe = {0.03, -0.02, 0.05};  // a point off the object's origin checks the rotation too
        for (long k = 0; k < FRAMES; k++) {
            JsonNode meta = meta(out, k);
            double[][] metaK = rows(meta.get("camera").get("K"));
            double[][] w2c = rows(meta.get("camera").get("world_to_camera"));
            JsonNode cam = cameras.get(Long.toString(k));
            double[] camK = new double[9];
            for (int i = 0; i < 9; i++) {
                camK[i] = cam.get("cam_K").get(i).asDouble();
            }
            double[][] bopK = {{camK[0], camK[1], camK[2]}, {camK[3], camK[4], camK[5]}, {camK[6], camK[7], camK[8]}};
            double depthScale = cam.get("depth_scale").asDouble();
            JsonNode objects = meta.get("objects");
            JsonNode frameGts = gts.get(Long.toString(k));
            assertEquals(objects.size(), frameGts.size());
            int[] ids = instance(out, k);
            float[] depth = Npy.float32(DatasetFiles.file(out, "depth", k), W, H);
            int[] bopDepth = Png.gray16(scene.resolve(String.format("depth/%06d.png", k)), W, H);
            for (int p = 0; p < depth.length; p++) {
                long expected = depth[p] > 0 ? Math.min(65535, Math.round(depth[p] * 1000.0 / depthScale)) : 0;
                assertEquals(expected, bopDepth[p], "bop depth pixel " + p);
            }
            for (int i = 0; i < objects.size(); i++) {
                JsonNode o = objects.get(i);
                JsonNode gt = frameGts.get(i);
                assertEquals(o.get("category_id").asInt(), gt.get("obj_id").asInt());
                double[][] wfo = rows(o.get("world_from_object"));
                double[] world = apply(wfo, probe);
                double[] c = apply(w2c, world);
                double[] expected = project(metaK, c[0], c[1], c[2]);
                double[] r = new double[9];
                double[] t = new double[3];
                for (int j = 0; j < 9; j++) {
                    r[j] = gt.get("cam_R_m2c").get(j).asDouble();
                }
                for (int j = 0; j < 3; j++) {
                    t[j] = gt.get("cam_t_m2c").get(j).asDouble() / 1000;  // millimetres
                }
                double[] scale = new double[3];
                for (int j = 0; j < 3; j++) {
                    scale[j] = gt.get("scale").get(j).asDouble();
                }
                double[] pc = new double[3];
                for (int row = 0; row < 3; row++) {
                    pc[row] = r[3 * row] * scale[0] * probe[0] + r[3 * row + 1] * scale[1] * probe[1]
                            + r[3 * row + 2] * scale[2] * probe[2] + t[row];
                }
                double[] actual = project(bopK, pc[0], pc[1], pc[2]);
                if (c[2] > 0) {
                    assertEquals(expected[0], actual[0], 1e-6, "frame " + k + " object " + i + " u");
                    assertEquals(expected[1], actual[1], 1e-6, "frame " + k + " object " + i + " v");
                }
                JsonNode info = infos.get(Long.toString(k)).get(i);
                assertEquals(o.get("pixel_count").asLong(), info.get("px_count_visib").asLong());
                if (o.has("bbox_2d")) {  // BOP's calc_2d_bbox spans x_max - x_min, one less than COCO's width
                    JsonNode b = o.get("bbox_2d");
                    assertEquals(List.of(b.get(0).asInt(), b.get(1).asInt(), b.get(2).asInt() - 1, b.get(3).asInt() - 1),
                            List.of(info.get("bbox_visib").get(0).asInt(), info.get("bbox_visib").get(1).asInt(),
                                    info.get("bbox_visib").get(2).asInt(), info.get("bbox_visib").get(3).asInt()));
                }
                int[] mask = Png.gray8(scene.resolve(String.format("mask_visib/%06d_%06d.png", k, i)), W, H);
                int id = o.get("instance_id").asInt();
                for (int p = 0; p < ids.length; p++) {
                    assertEquals(ids[p] == id ? 255 : 0, mask[p], "mask_visib " + k + "_" + i + " pixel " + p);
                }
                double fract = info.get("visib_fract").asDouble();
                assertTrue(fract == -1 || (fract >= 0 && fract <= 1), "visib_fract " + fract);
            }
        }
    }

    static double[] apply(double[][] m, double[] p) {
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = m[i][0] * p[0] + m[i][1] * p[1] + m[i][2] * p[2] + m[i][3];
        }
        return r;
    }

    // ---------------------------------------------------------------- webdataset

    @Test
    void shardsHoldEveryFrameOnceAndEachMemberDecodes() throws Exception {
        List<Path> shards;
        try (Stream<Path> s = Files.list(out.resolve("shards"))) {
            shards = s.filter(p -> p.toString().endsWith(".tar")).sorted().toList();
        }
        assertEquals(List.of(out.resolve("shards/facet-000000.tar")), shards);
        JsonNode index = JSON.readTree(out.resolve("shards/index.json").toFile());
        assertEquals(3, index.path("samples").asInt());
        assertEquals("facet-000000.tar", index.at("/tars/0/name").asText());
        assertEquals("[0,2]", index.at("/tars/0/frames").toString());
        Set<String> names = new HashSet<>();
        try (InputStream in = Files.newInputStream(shards.get(0)); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                assertTrue(names.add(e.getName()), "member listed once: " + e.getName());
                byte[] data = tar.readAllBytes();
                String name = e.getName();
                long k = Long.parseLong(name.substring(0, 6));
                String ext = name.substring(7);
                switch (ext) {
                    case "rgb.png", "instance.png", "semantic.png" -> {
                        var image = Png.read(data, name);
                        assertEquals(W, image.getWidth());
                        assertEquals(H, image.getHeight());
                        if (ext.equals("instance.png")) {
                            assertArrayEquals(instance(out, k),
                                    image.getRaster().getSamples(0, 0, W, H, 0, new int[W * H]), name);
                        }
                    }
                    case "depth.npy" -> assertArrayEquals(Npy.float32(DatasetFiles.file(out, "depth", k), W, H),
                            Npy.parse(data).values(), name);
                    case "json" -> assertEquals(k, JSON.readTree(new String(data, StandardCharsets.UTF_8)).get("frame").asLong());
                    case "amodal.json" -> {  // the run has bop, which makes amodal masks
                        JsonNode masks = JSON.readTree(new String(data, StandardCharsets.UTF_8));
                        assertEquals(k, masks.get("frame").asLong());
                        assertTrue(masks.get("objects").size() > 0, name);
                    }
                    default -> throw new AssertionError("unexpected member " + name);
                }
            }
        }
        Set<String> expected = new HashSet<>();
        for (int k = 0; k < FRAMES; k++) {
            for (String ext : List.of("rgb.png", "instance.png", "semantic.png", "depth.npy", "amodal.json", "json")) {
                expected.add(String.format("%06d.%s", k, ext));
            }
        }
        assertEquals(expected, names);
    }

    // ---------------------------------------------------------------- depth16

    @Test
    void depth16IsRoundedMillimetres() throws Exception {
        for (long k = 0; k < FRAMES; k++) {
            float[] depth = Npy.float32(DatasetFiles.file(out, "depth", k), W, H);
            int[] mm = Png.gray16(out.resolve(String.format("depth16/%06d.png", k)), W, H);
            boolean anySurface = false;
            for (int p = 0; p < depth.length; p++) {
                assertEquals(Math.min(65535, Math.round(depth[p] * 1000.0)), mm[p], "frame " + k + " pixel " + p);
                anySurface |= mm[p] > 0;
            }
            assertTrue(anySurface);
        }
    }

    @Test
    void noTemporaryFilesAnywhere() throws Exception {
        try (Stream<Path> all = Files.walk(out)) {
            assertFalse(all.anyMatch(DatasetFiles::isTemporary));
        }
    }
}
