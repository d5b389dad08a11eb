package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed part-way and finished with --resume equals a run that was never
 * interrupted, file for file and byte for byte (no temporaries left), and --resume renders
 * only what was missing: the frames without a done record. Resuming with another seed or
 * other exporters is refused.
 */
class ResumeTest {
    static final String[] RUN = {"run", "tabletop", "--frames", "200", "--seed", "9", "--width", "160", "--height", "120"};

    @Test
    void killedThenResumedEqualsUninterrupted(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        Process p = FacetProcess.builder(dir, Map.of(), concat(RUN, "--out", killed.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(killed.resolve("meta")) < 12) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    fail("the run ended or stalled before 12 frames");
                }
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        long before = count(killed.resolve("parts/frames"));  // done records: a frame whose meta exists may lack others
        assertTrue(before < 200, "the kill landed before the end: " + before + " frames");

        FacetProcess.Result resumed = FacetProcess.run(dir, concat(RUN, "--out", killed.toString(), "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.stderr().contains("resuming: " + before + " of 200 frames"), resumed.stderr());
        assertTrue(resumed.stderr().contains("wrote " + (200 - before) + " frame"), resumed.stderr());

        Path whole = dir.resolve("whole");
        assertEquals(0, Facet.execute(concat(RUN, "--out", whole.toString())));
        List<Path> expected = files(whole);
        assertEquals(expected.stream().map(whole::relativize).toList(),
                files(killed).stream().map(killed::relativize).toList(), "the same files");
        for (Path f : expected) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(killed.resolve(whole.relativize(f))),
                    "bytes of " + whole.relativize(f));
        }
    }

    @Test
    void refusesAnotherSeedOrOtherExporters(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "2", "--seed", "9", "--width", "64", "--height", "48",
                "--out", out.toString()));
        FacetProcess.Result seed = FacetProcess.run(dir, "run", "tabletop", "--frames", "4", "--seed", "10", "--width", "64",
                "--height", "48", "--out", out.toString(), "--resume");
        assertEquals(2, seed.exitCode(), seed.toString());
        assertTrue(seed.stderr().contains("holds parts of another run (seed 9 there, 10 here)"), seed.stderr());
        FacetProcess.Result coco = FacetProcess.run(dir, "run", "tabletop", "--frames", "4", "--seed", "9", "--width", "64",
                "--height", "48", "--out", out.toString(), "--resume", "--export", "coco");
        assertEquals(2, coco.exitCode(), coco.toString());
        assertTrue(coco.stderr().contains("exporter coco runs only here"), coco.stderr());
        assertEquals(2, count(out.resolve("meta")), "nothing was added");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().matches("\\d{6}\\.json")).count();
        }
    }

    /** Every file under root, sorted: the killed run's temporaries must be gone too. */
    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
