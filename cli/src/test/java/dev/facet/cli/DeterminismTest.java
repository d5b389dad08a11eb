package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command line gives the same dataset, byte for byte; a frame rendered alone
 * ({@code --start k --frames 1}) is the same as frame k of a full run.
 */
class DeterminismTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final int FRAMES = 8;

    @TempDir
    static Path tmp;
    static Path a;
    static Path b;

    @BeforeAll
    static void renderTwice() {
        a = tmp.resolve("A");
        b = tmp.resolve("B");
        run(a, 42, 0, FRAMES);
        run(b, 42, 0, FRAMES);
    }

    private static void run(Path out, long seed, long start, long frames) {
        int code = Facet.execute("run", "tabletop", "--frames", Long.toString(frames), "--start", Long.toString(start),
                "--seed", Long.toString(seed), "--width", Integer.toString(W), "--height", Integer.toString(H),
                "--out", out.toString());
        assertEquals(0, code, "facet run into " + out);
    }

    @Test
    void sameSeedGivesIdenticalFilesAndPixels() throws Exception {
        for (String folder : DatasetFiles.FOLDERS) {
            List<String> namesA = names(a, folder);
            List<String> namesB = names(b, folder);
            assertEquals(FRAMES, namesA.size(), folder + " in A holds one file per frame: " + namesA);
            assertEquals(namesA, namesB, folder + ": same file names");
        }
        for (long f = 0; f < FRAMES; f++) {
            String at = "frame " + f + " ";
            DatasetFiles.assertSamplesEqual(Png.rgb8(DatasetFiles.file(a, "rgb", f), W, H),
                    Png.rgb8(DatasetFiles.file(b, "rgb", f), W, H), 3, W, at + "rgb");
            DatasetFiles.assertSamplesEqual(Png.gray16(DatasetFiles.file(a, "instance", f), W, H),
                    Png.gray16(DatasetFiles.file(b, "instance", f), W, H), 1, W, at + "instance");
            DatasetFiles.assertSamplesEqual(Png.gray16(DatasetFiles.file(a, "semantic", f), W, H),
                    Png.gray16(DatasetFiles.file(b, "semantic", f), W, H), 1, W, at + "semantic");
            DatasetFiles.assertSamplesEqual(Npy.float32(DatasetFiles.file(a, "depth", f), W, H),
                    Npy.float32(DatasetFiles.file(b, "depth", f), W, H), W, at + "depth");
            assertEquals(DatasetFiles.readJson(DatasetFiles.file(a, "meta", f)),
                    DatasetFiles.readJson(DatasetFiles.file(b, "meta", f)), at + "meta");
            for (String folder : DatasetFiles.FOLDERS) {
                assertBytesEqual(DatasetFiles.file(a, folder, f), DatasetFiles.file(b, folder, f));
            }
        }
        assertEquals(DatasetFiles.readJson(a.resolve("dataset.json")), DatasetFiles.readJson(b.resolve("dataset.json")),
                "dataset.json");
    }

    @Test
    void differentSeedGivesDifferentInstanceImages() throws Exception {
        Path other = tmp.resolve("seed43");
        run(other, 43, 0, FRAMES);
        for (long f = 0; f < FRAMES; f++) {
            int[] x = Png.gray16(DatasetFiles.file(a, "instance", f), W, H);
            int[] y = Png.gray16(DatasetFiles.file(other, "instance", f), W, H);
            assertFalse(Arrays.equals(x, y), "frame " + f + ": seeds 42 and 43 give the same instance image");
        }
        assertEquals(43, DatasetFiles.readJson(other.resolve("dataset.json")).path("seed").asLong(), "seed recorded");
    }

    @Test
    void singleFrameRunReproducesThatFrame() throws Exception {
        Path c = tmp.resolve("C");
        run(c, 42, 5, 1);
        for (String folder : DatasetFiles.FOLDERS) {
            Path expected = DatasetFiles.file(a, folder, 5);
            List<String> names = names(c, folder);
            assertEquals(List.of(expected.getFileName().toString()), names, folder + " in C holds only frame 5");
            assertBytesEqual(expected, DatasetFiles.file(c, folder, 5));
        }
        DatasetFiles.assertSamplesEqual(Png.gray16(DatasetFiles.file(a, "instance", 5), W, H),
                Png.gray16(DatasetFiles.file(c, "instance", 5), W, H), 1, W, "frame 5 instance");
        assertEquals(DatasetFiles.readJson(DatasetFiles.file(a, "meta", 5)),
                DatasetFiles.readJson(DatasetFiles.file(c, "meta", 5)), "frame 5 meta");
        assertEquals(5, DatasetFiles.readJson(DatasetFiles.file(c, "meta", 5)).path("frame").asLong());
        assertTrue(Files.isRegularFile(c.resolve("dataset.json")), "C finished");
    }

    private static List<String> names(Path out, String folder) throws Exception {
        return DatasetFiles.list(out, folder).stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toList());
    }

    private static void assertBytesEqual(Path expected, Path actual) throws Exception {
        byte[] x = Files.readAllBytes(expected);
        byte[] y = Files.readAllBytes(actual);
        if (!Arrays.equals(x, y)) {
            int i = Arrays.mismatch(x, y);
            throw new AssertionError(actual + " differs from " + expected + " (sizes " + x.length + " and " + y.length
                    + ", first differing byte at " + i + ")");
        }
        assertArrayEquals(x, y);
    }
}
