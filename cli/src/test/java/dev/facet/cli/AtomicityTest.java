package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at an arbitrary moment leaves a readable dataset: every frame
 * whose meta file exists is complete, every file under a final name decodes completely,
 * and no manifest claims the run finished.
 */
class AtomicityTest {
    private static final int W = 320;
    private static final int H = 240;
    private static final Pattern FINAL = Pattern.compile("(\\d{6})\\.(png|npy|json)");
    private static final Pattern META = Pattern.compile("\\d{6}\\.json");

    @ParameterizedTest(name = "killed after {0} frames")
    @ValueSource(ints = {10, 17, 29})
    void killedRunLeavesOnlyCompleteFrames(int threshold, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("D");
        Path log = dir.resolve("stderr.txt");
        Process p = FacetProcess.builder(dir, Map.of(), "run", "tabletop", "--frames", "100000", "--width",
                        Integer.toString(W), "--height", Integer.toString(H), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (metaCount(out) < threshold) {
                if (!p.isAlive()) {
                    fail("facet exited (" + p.exitValue() + ") before writing " + threshold + " frames:\n"
                            + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("fewer than " + threshold + " frames after 60 s:\n" + Files.readString(log));
                }
                Thread.sleep(2);
            }
            // land the kill at a different point of the write cycle each time
            Thread.sleep(new Random(threshold).nextInt(40));
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed process ended");
        }
        assertEquals(137, p.exitValue(), "ended by SIGKILL, not by finishing");

        assertFalse(Files.exists(out.resolve("dataset.json")), "no dataset.json: the run did not finish");
        long frames = 0;
        long temporaries = 0;
        for (Path meta : DatasetFiles.list(out, "meta")) {
            String name = meta.getFileName().toString();
            if (!META.matcher(name).matches()) {
                continue;
            }
            long f = Long.parseLong(name.substring(0, 6));
            frames++;
            JsonNode json = DatasetFiles.readJson(meta);
            assertEquals(f, json.path("frame").asLong(), meta + " frame");
            assertEquals(W, json.path("camera").path("width").asInt(), meta + " width");
            Png.rgb8(DatasetFiles.file(out, "rgb", f), W, H);
            Png.gray16(DatasetFiles.file(out, "instance", f), W, H);
            Png.gray16(DatasetFiles.file(out, "semantic", f), W, H);
            Npy.float32(DatasetFiles.file(out, "depth", f), W, H);
        }
        assertTrue(frames >= threshold, "at least " + threshold + " complete frames, found " + frames);
        for (String folder : DatasetFiles.FOLDERS) {
            for (Path file : DatasetFiles.list(out, folder)) {
                String name = file.getFileName().toString();
                if (DatasetFiles.isTemporary(file)) {
                    temporaries++;
                    continue;
                }
                Matcher m = FINAL.matcher(name);
                assertTrue(m.matches(), "unexpected file " + file);
                checkDecodes(folder, file);
            }
        }
        System.out.printf("AtomicityTest: killed after >= %d frames: %d complete frames, %d temporaries left%n",
                threshold, frames, temporaries);
    }

    /** A file under a final name is complete, even when its frame's meta file is not there yet. */
    private static void checkDecodes(String folder, Path file) throws IOException {
        try {
            switch (folder) {
                case "rgb" -> Png.rgb8(file, W, H);
                case "instance", "semantic" -> Png.gray16(file, W, H);
                case "depth" -> {
                    Npy.float32(file, W, H);
                    Npy npy = Npy.read(file);
                    assertEquals(npy.dataStart() + 4L * W * H, Files.size(file), file + " size");
                }
                case "meta" -> DatasetFiles.readJson(file);
                default -> fail("unexpected folder " + folder);
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(file + " (" + Files.size(file) + " bytes) does not decode: " + e, e);
        }
    }

    private static long metaCount(Path out) throws IOException {
        try {
            return DatasetFiles.list(out, "meta").stream()
                    .filter(p -> META.matcher(p.getFileName().toString()).matches()).count();
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
