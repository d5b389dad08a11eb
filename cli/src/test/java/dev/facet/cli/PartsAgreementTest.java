package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parts of one dataset come from one run: shards, resumes and merges that differ in seed, image
 * size, scenario or exporter options are refused (exit 2) with a message naming the
 * difference, and nothing is added; so is a second live run on the same folder and shard.
 * A merge with frames missing is refused with the list, or records them with --allow-missing.
 */
class PartsAgreementTest {
    static final String[] RUN = {"run", "tabletop", "--frames", "6", "--seed", "4", "--width", "48", "--height", "36",
            "--export", "yolo,webdataset"};

    /** The run's arguments with some options given other values (picocli takes an option once). */
    static String[] run(String... changed) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(RUN));
        for (int i = 0; i < changed.length; i += 2) {
            int at = args.indexOf(changed[i]);
            if (at >= 0) {
                args.set(at + 1, changed[i + 1]);
            } else {
                args.add(changed[i]);
                args.add(changed[i + 1]);
            }
        }
        return args.toArray(String[]::new);
    }

    @TempDir
    static Path tmp;
    static Path shard0;

    @BeforeAll
    static void firstShard() {
        shard0 = tmp.resolve("s0");
        assertEquals(0, Facet.execute(KillResumeTest.with(RUN, "--out", shard0.toString(), "--shard", "0/2")));
    }

    private static void refused(String expected, String... extra) throws Exception {
        for (String mode : new String[] {"--shard", "--resume"}) {
            String[] args = KillResumeTest.with(run(extra), "--out", shard0.toString());
            args = mode.equals("--shard") ? KillResumeTest.with(args, "--shard", "1/2")
                    : KillResumeTest.with(args, "--shard", "0/2", "--resume");
            Captured c = Captured.run(args);
            assertEquals(2, c.exitCode(), c.toString());
            assertTrue(c.stderr().contains(expected), "names the difference: " + expected + "\n" + c);
        }
        assertFalse(Files.exists(shard0.resolve("meta/000003.json")), "nothing added");
    }

    @Test
    void anotherSeed() throws Exception {
        refused("seed 4 there, 5 here", "--seed", "5");
    }

    @Test
    void anotherSize() throws Exception {
        refused("image size [48,36] there, [48,40] here", "--height", "40");
    }

    @Test
    void anotherExporterOption() throws Exception {
        refused("yolo task \"detect\" there, \"segment\" here", "--yolo-task", "segment");
        refused("core outputs [\"rgb\",\"instance\",\"semantic\",\"depth\"] there, [\"rgb\"] here",
                "--core-outputs", "rgb");
        refused("webdataset shard_size_mb 256.0 there, 1.0 here", "--webdataset-shard-size-mb", "1");
    }

    @Test
    void anotherScenario() throws Exception {
        Captured c = Captured.run("run", "spiral", "--frames", "6", "--seed", "4", "--width", "48", "--height", "36",
                "--export", "yolo,webdataset", "--out", shard0.toString(), "--shard", "1/2");
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains("scenario name \"tabletop\" there, \"spiral\" here; the scenario differs"), c.toString());
    }

    @Test
    void aMergeOfDisagreeingFoldersOrMissingFrames() throws Exception {
        Path other = tmp.resolve("other-seed");
        assertEquals(0, Facet.execute(KillResumeTest.with(run("--seed", "6"), "--out", other.toString(), "--shard", "1/2")));
        Captured c = Captured.run("merge", tmp.resolve("m1").toString(), shard0.toString(), other.toString());
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains("comes from another run (seed 6 there, 4 here"), c.toString());

        Captured missing = Captured.run("merge", tmp.resolve("m2").toString(), shard0.toString());
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.stderr().contains("3 of 6 frames are missing: 3..5"), missing.toString());
        assertFalse(Files.exists(tmp.resolve("m2/dataset.json")));

        Captured allowed = Captured.run("merge", tmp.resolve("m2").toString(), "--allow-missing");
        assertEquals(0, allowed.exitCode(), allowed.toString());
        var manifest = new ObjectMapper().readTree(tmp.resolve("m2/dataset.json").toFile());
        assertEquals(3, manifest.path("frames").asInt());
        assertEquals("[[3,5]]", manifest.path("missing_frames").toString());
        assertEquals("{\"complete\":false,\"missing\":[[3,5]],\"run\":\"parts/run.json\",\"records\":\"parts/shards\"}",
                manifest.path("shards").toString(), "the gaps, recorded where the shards are described");
        assertEquals(3, new ObjectMapper().readTree(tmp.resolve("m2/shards/index.json").toFile()).path("samples").asInt());
    }

    @Test
    void aSecondLiveRunOnTheSameShardIsRefusedAndADeadOnesLockTakenOver(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("busy");
        Process p = FacetProcess.builder(dir, Map.of(), "run", "tabletop", "--frames", "100000", "--width", "48",
                        "--height", "36", "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(out.resolve("parts/frames/000001.json"))) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    fail("the first run did not get going");
                }
                Thread.sleep(20);
            }
            Captured second = Captured.run("run", "tabletop", "--frames", "100000", "--width", "48", "--height", "36",
                    "--out", out.toString(), "--resume");
            assertEquals(2, second.exitCode(), second.toString());
            assertTrue(second.stderr().contains("another run (host "), second.toString());
            assertTrue(second.stderr().contains(", pid " + p.pid() + ") is writing shard 0/1"), second.toString());
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        Captured after = Captured.run("run", "tabletop", "--frames", "3", "--width", "48", "--height", "36",
                "--out", out.toString(), "--resume");
        assertEquals(0, after.exitCode(), after.toString());
        assertTrue(after.stderr().contains("WARNING: taking over the lock of shard 0/1"), after.toString());
        assertTrue(after.stderr().contains("pid " + p.pid() + ")"), after.toString());
    }
}
