package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asset folders through real `facet` processes: a broken asset is a one-line exit-2 error from
 * validate (which loads every asset) and from run (which loads an asset when a frame picks it),
 * naming the file; and the asset caches' budget changes no byte of a dataset (a budget of 0
 * evicts, and frees on the GPU, every mesh and image as soon as the next one arrives).
 */
class AssetLibraryRunTest {
    @TempDir
    Path tmp;

    /** A .glb whose header and chunk lengths are right but whose JSON is not. */
    static byte[] brokenGlb() {
        byte[] json = "{\"asset\": {\"version\": \"2.0\"}, \"meshes\": [".getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 3) / 4 * 4;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46546C67).putInt(2).putInt(12 + 8 + padded).putInt(padded).putInt(0x4E4F534A).put(json);
        while (b.hasRemaining()) {
            b.put((byte) ' ');
        }
        return b.array();
    }

    @Test
    void aBrokenAssetIsAnExitTwoErrorNamingItFromValidateAndFromRun() throws Exception {
        Files.createDirectories(tmp.resolve("models/cup"));
        Files.write(tmp.resolve("models/cup/broken.glb"), brokenGlb());
        Path scenario = tmp.resolve("lib.yaml");
        Files.writeString(scenario, """
                facet: 1
                objects:
                  - shape: {kind: asset_folder, path: models/}
                """);
        FacetProcess.Result v = FacetProcess.run(tmp, Map.of(), 120, "validate", scenario.toString());
        assertEquals(2, v.exitCode(), v.toString());
        assertEquals(1, v.stderrLines().size(), v.toString());
        assertTrue(v.stderr().startsWith("facet: error: " + scenario + ":3:39: objects[0].shape.path: cannot read mesh "
                + tmp.resolve("models/cup/broken.glb") + ": not a valid GLB file"), v.stderr());
        Path out = tmp.resolve("out");
        FacetProcess.Result r = FacetProcess.run(tmp, Map.of(), 120, "run", scenario.toString(), "--frames", "2",
                "--width", "64", "--height", "48", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("facet: error: " + scenario + ":3:39: objects[0].shape.path: cannot read mesh "
                + tmp.resolve("models/cup/broken.glb") + ": not a valid GLB file"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out.resolve("dataset.json")));
        assertFalse(Files.exists(out.resolve("meta/000000.json")), "the frame that picked it is not written");
    }

    /** A PNG whose chunks are framed right (its header reads) but whose pixel data is not zlib. */
    static byte[] garbledPng() {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 16 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(4).putInt(4).put(new byte[] {8, 2, 0, 0, 0})
                .putInt(0);
        b.putInt(16).put("IDAT".getBytes(StandardCharsets.US_ASCII)).put("not zlib at all!".getBytes(StandardCharsets.US_ASCII))
                .putInt(0);
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        return b.array();
    }

    @Test
    void aGarbledTextureInAFolderIsAnExitTwoErrorFromValidateAndFromRun() throws Exception {
        Files.createDirectories(tmp.resolve("tex"));
        Files.write(tmp.resolve("tex/garbled.png"), garbledPng());
        Path scenario = tmp.resolve("tex.yaml");
        Files.writeString(scenario, """
                facet: 1
                objects:
                  - category: ball
                    shape: {kind: sphere, radius: 0.2}
                    material: {texture: {kind: folder, path: tex/}}
                """);
        FacetProcess.Result v = FacetProcess.run(tmp, Map.of(), 120, "validate", scenario.toString());
        assertEquals(2, v.exitCode(), v.toString());
        assertTrue(v.stderr().startsWith("facet: error: " + scenario + ":5:25: objects[0].material.texture: cannot read image "
                + tmp.resolve("tex/garbled.png") + ": not a valid PNG file"), v.stderr());
        Path out = tmp.resolve("out");
        FacetProcess.Result r = FacetProcess.run(tmp, Map.of(), 120, "run", scenario.toString(), "--frames", "1",
                "--width", "64", "--height", "48", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("facet: error: cannot read texture " + tmp.resolve("tex/garbled.png")), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out.resolve("meta/000000.json")));
    }

    @Test
    void theCacheBudgetChangesNoByteOfTheDataset() throws Exception {
        Path small = tmp.resolve("budget0");
        Path large = tmp.resolve("default");
        for (Path out : new Path[] {small, large}) {
            Map<String, String> env = out == small ? Map.of("FACET_ASSET_CACHE_MB", "0") : Map.of();
            FacetProcess.Result r = FacetProcess.run(tmp, env, 300, "run", "shelf", "--frames", "4", "--width", "96",
                    "--height", "72", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.toString());
        }
        for (String f : new String[] {"rgb/000003.png", "instance/000003.png", "depth/000003.npy", "meta/000003.json",
            "rgb/000000.png", "semantic/000001.png"}) {
            assertArrayEquals(Files.readAllBytes(large.resolve(f)), Files.readAllBytes(small.resolve(f)), f);
        }
        FacetProcess.Result bad = FacetProcess.run(tmp, Map.of("FACET_ASSET_CACHE_MB", "lots"), 120, "run", "shelf",
                "--frames", "1", "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.exitCode(), bad.toString());
        assertEquals("facet: error: FACET_ASSET_CACHE_MB must be a whole number of MiB >= 0, got 'lots'", bad.stderr().strip());
    }
}
