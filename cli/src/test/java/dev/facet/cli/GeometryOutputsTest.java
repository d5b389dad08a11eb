package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional geometry outputs through the command line: normals, object_coords, flow and
 * flow_valid files in the core layout and in webdataset samples, flow checked against the
 * reprojection of each pixel's point from the depth file and the meta files' poses at t and t+1,
 * the last step's flow (simulated one step beyond) the same rendered alone, and flow of still
 * frames refused before anything is written.
 */
class GeometryOutputsTest {
    private static final int W = 128;
    private static final int H = 96;
    private static final String MOVING = """
            facet: 1
            sequence: {frames: 4, fps: 30}
            camera: {pose: {kind: orbit, target: [0, 0.1, 0], distance: 1.4, elevation: 30, degrees_per_frame: 3}}
            ground: {size: [3, 3]}
            objects:
              - {category: ball, shape: {kind: sphere, radius: 0.08}, count: 2, motion: {velocity: [0.3, 0, 0.1]}}
              - {category: brick, shape: {kind: box, size: [0.12, 0.08, 0.1]}, count: 2,
                 motion: {velocity: [-0.2, 0, 0.2], spin: [0, 90, 0]}}
              - {category: can, shape: {kind: cylinder, radius: 0.05, height: 0.15}, count: 1,
                 motion: {velocity: [0, 0, -0.3], spin: [60, 0, 0]}}
            outputs: [rgb, instance, depth, normals, object_coords, flow]
            """;

    @TempDir
    Path tmp;

    private int run(Path scenario, Path out, long start, long frames, String... more) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--start", Long.toString(start),
                "--frames", Long.toString(frames), "--seed", "3", "--width", Integer.toString(W), "--height",
                Integer.toString(H), "--out", out.toString()));
        args.addAll(List.of(more));
        return Facet.execute(args.toArray(String[]::new));
    }

    static Path file(Path out, String folder, long k, String ext) {
        return out.resolve(folder).resolve(DatasetFiles.stem(k) + ext);
    }

    @Test
    void flowMatchesTheMetaPosesAndTheLastStepIsTheSameAlone() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("moving.yaml"), MOVING);
        Path whole = tmp.resolve("whole");
        assertEquals(0, run(scenario, whole, 0, 4, "--export", "webdataset"));
        List<Double> errors = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            float[] normals = Npy.float32(file(whole, "normals", k, ".npy"), W, H, 3);
            float[] coords = Npy.float32(file(whole, "object_coords", k, ".npy"), W, H, 3);
            float[] flow = Npy.float32(file(whole, "flow", k, ".npy"), W, H, 2);
            int[] valid = Png.gray8(file(whole, "flow_valid", k, ".png"), W, H);
            int[] instance = Png.gray16(DatasetFiles.file(whole, "instance", k), W, H);
            float[] depth = Npy.float32(DatasetFiles.file(whole, "depth", k), W, H);
            int validCount = 0;
            for (int i = 0; i < W * H; i++) {
                double len = Math.sqrt(normals[3 * i] * normals[3 * i] + normals[3 * i + 1] * normals[3 * i + 1]
                        + normals[3 * i + 2] * normals[3 * i + 2]);
                assertEquals(instance[i] == 0 ? 0 : 1, len, 1e-5, "normal length at pixel " + i + " of frame " + k);
                assertEquals(instance[i] == 0, Float.isNaN(coords[3 * i]), "object_coords NaN exactly off objects");
                assertTrue(valid[i] == 0 || valid[i] == 255, "flow_valid is 0 or 255");
                assertTrue(valid[i] == 0 || instance[i] != 0, "valid flow off objects");
                validCount += valid[i] == 255 ? 1 : 0;
            }
            assertTrue(validCount > W * H / 2, "most pixels have valid flow, frame " + k + ": " + validCount);
            if (k < 3) {
                errors.addAll(flowErrors(whole, k, flow, valid, instance, depth));
            }
        }
        errors.sort(null);
        double p99 = errors.get((int) (errors.size() * 0.99));
        assertTrue(p99 <= 0.05, "99% of valid pixels within 0.05 px of the meta reprojection, p99 " + p99);

        // the layers change no standard output, and the scenes reused from the previous frame's next step are
        // the scenes a run without layers builds
        Path plain = tmp.resolve("plain");
        assertEquals(0, run(scenario, plain, 0, 4, "--core-outputs", "rgb,instance,depth"));
        for (int k = 0; k < 4; k++) {
            for (String folder : List.of("rgb", "instance", "depth", "meta")) {
                assertArrayEquals(Files.readAllBytes(DatasetFiles.file(plain, folder, k)),
                        Files.readAllBytes(DatasetFiles.file(whole, folder, k)), folder + " of frame " + k);
            }
        }
        Path alone = tmp.resolve("alone");
        assertEquals(0, run(scenario, alone, 3, 1));  // the last step of sequence 0: its t+1 is simulated
        for (String[] f : new String[][] {{"flow", ".npy"}, {"flow_valid", ".png"}, {"normals", ".npy"},
                {"object_coords", ".npy"}}) {
            assertArrayEquals(Files.readAllBytes(file(whole, f[0], 3, f[1])), Files.readAllBytes(file(alone, f[0], 3, f[1])),
                    f[0] + " of the last step alone");
        }
        JsonNode manifest = DatasetFiles.readJson(whole.resolve("dataset.json"));
        for (String m : List.of("normals", "object_coords", "flow", "flow_valid")) {
            assertTrue(manifest.get("modalities").has(m), "dataset.json describes " + m);
        }
        assertFalse(manifest.get("modalities").has("semantic"), "semantic was left out");
        byte[] tar = Files.readAllBytes(Files.list(whole.resolve("shards")).filter(p -> p.toString().endsWith(".tar"))
                .findFirst().orElseThrow());
        String names = new String(tar, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String member : List.of("000000.normals.npy", "000000.object_coords.npy", "000000.flow.npy",
                "000000.flow_valid.png")) {
            assertTrue(names.contains(member), "the webdataset sample holds " + member);
        }
    }

    /** |rendered flow - reprojection| of every valid pixel of frame k, the point from depth and K, poses from meta. */
    private static List<Double> flowErrors(Path out, int k, float[] flow, int[] valid, int[] instance, float[] depth)
            throws Exception {
        JsonNode t = DatasetFiles.readJson(DatasetFiles.file(out, "meta", k));
        JsonNode next = DatasetFiles.readJson(DatasetFiles.file(out, "meta", k + 1));
        double[][] kt = matrix(t.get("camera").get("K"), 3);
        Matrix4d camToWorld = m4(t.get("camera").get("world_to_camera")).invertAffine();
        Matrix4d nextW2c = m4(next.get("camera").get("world_to_camera"));
        double[][] kn = matrix(next.get("camera").get("K"), 3);
        Map<Integer, Matrix4d> before = poses(t);
        Map<Integer, Matrix4d> after = poses(next);
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < W * H; i++) {
            if (valid[i] == 0) {
                continue;
            }
            int u = i % W;
            int v = i / W;
            double d = depth[i];
            Vector3d cam = new Vector3d((u - kt[0][2]) / kt[0][0] * d, (v - kt[1][2]) / kt[1][1] * d, d);
            Vector3d local = new Matrix4d(before.get(instance[i])).invertAffine()
                    .transformPosition(camToWorld.transformPosition(cam));
            Vector3d p = nextW2c.transformPosition(after.get(instance[i]).transformPosition(local));
            double du = kn[0][0] * p.x / p.z + kn[0][2] - u;
            double dv = kn[1][1] * p.y / p.z + kn[1][2] - v;
            errors.add(Math.hypot(flow[2 * i] - du, flow[2 * i + 1] - dv));
        }
        return errors;
    }

    private static Map<Integer, Matrix4d> poses(JsonNode meta) {
        Map<Integer, Matrix4d> m = new HashMap<>();
        for (JsonNode o : meta.get("objects")) {
            m.put(o.get("instance_id").asInt(), m4(o.get("world_from_object")));
        }
        return m;
    }

    private static double[][] matrix(JsonNode rows, int n) {
        double[][] m = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                m[r][c] = rows.get(r).get(c).asDouble();
            }
        }
        return m;
    }

    private static Matrix4d m4(JsonNode rows) {
        double[][] a = matrix(rows, 4);
        return new Matrix4d(a[0][0], a[1][0], a[2][0], a[3][0], a[0][1], a[1][1], a[2][1], a[3][1],
                a[0][2], a[1][2], a[2][2], a[3][2], a[0][3], a[1][3], a[2][3], a[3][3]);
    }

    @Test
    void verifyReprojectsTheFlowAndFailsWhenItIsOffByAFifthOfAPixel() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("moving.yaml"), MOVING);
        Path out = tmp.resolve("verified");
        assertEquals(0, run(scenario, out, 0, 3));
        Captured fresh = Captured.run("verify", out.toString());
        assertEquals(0, fresh.exitCode(), fresh.toString());
        assertTrue(fresh.stdout().contains("within 0.05 px"), fresh.stdout());
        Path flow = file(out, "flow", 1, ".npy");
        byte[] b = Files.readAllBytes(flow);
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int start = 10 + ((b[8] & 0xFF) | (b[9] & 0xFF) << 8);
        for (int at = start; at < b.length; at += 8) {
            float du = data.getFloat(at);
            if (du != 0) {
                data.putFloat(at, du + 0.2f);
            }
        }
        Files.write(flow, b);
        Captured shifted = Captured.run("verify", out.toString());
        assertEquals(1, shifted.exitCode(), shifted.toString());
        assertTrue(shifted.stdout().contains("flow/000001.npy") && shifted.stdout().contains("reprojection"),
                shifted.stdout());
    }

    @Test
    void flowOfStillFramesIsRefusedBeforeAnythingIsWritten() {
        Path out = tmp.resolve("still");
        Captured c = Captured.run("run", "tabletop", "--frames", "1", "--width", "32", "--height", "24",
                "--core-outputs", "rgb,flow", "--out", out.toString());
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains("has still frames, so it has no flow"), c.stderr());
        assertFalse(Files.exists(out), "nothing written");
    }
}
