package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.FrameRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shard of a process: the block rule (contiguous, covering, sizes within one), and the
 * environment of Kubernetes Indexed Jobs and Slurm arrays, read by a real process.
 */
class ShardEnvironmentTest {

    @Test
    void blocksCoverTheRangeInOrderWithSizesWithinOne() {
        for (long frames : new long[] {1, 2, 7, 50, 101, 1000}) {
            for (int n = 1; n <= 9; n++) {
                FrameRange run = new FrameRange(13, frames);
                long next = run.start();
                long min = Long.MAX_VALUE;
                long max = 0;
                for (int i = 0; i < n; i++) {
                    FrameRange b = new Shard(i, n).block(run);
                    assertEquals(next, b.start(), "block " + i + "/" + n + " of " + frames);
                    assertEquals(13 + Math.floorDiv(i * frames, n), b.start());
                    next = b.end();
                    min = Math.min(min, b.count());
                    max = Math.max(max, b.count());
                }
                assertEquals(run.end(), next);
                assertTrue(max - min <= 1, "sizes within one: " + frames + " over " + n);
            }
        }
    }

    @Test
    void blocksOfASequenceScenarioAreWholeSequences() {
        // sequences of 60 from frame 50: the range's units are 50..59, 60..119, 120..179, 180..184
        FrameRange run = new FrameRange(50, 135);
        assertEquals(new FrameRange(50, 70), new Shard(0, 2).block(run, 60));
        assertEquals(new FrameRange(120, 65), new Shard(1, 2).block(run, 60));
        for (long start : new long[] {0, 7, 60}) {
            for (long frames : new long[] {1, 59, 60, 61, 250}) {
                for (int n = 1; n <= 6; n++) {
                    FrameRange r = new FrameRange(start, frames);
                    long next = r.start();
                    long min = Long.MAX_VALUE;
                    long max = 0;
                    for (int i = 0; i < n; i++) {
                        FrameRange b = new Shard(i, n).block(r, 60);
                        assertEquals(next, b.start(), "blocks in order, no gap: " + i + "/" + n + " of " + r);
                        assertTrue(b.isEmpty() || b.start() == r.start() || b.start() % 60 == 0, "starts a sequence: " + b);
                        long sequences = b.isEmpty() ? 0 : (b.end() - 1) / 60 - b.start() / 60 + 1;
                        min = Math.min(min, sequences);
                        max = Math.max(max, sequences);
                        next = b.end();
                    }
                    assertEquals(r.end(), next, "the blocks cover " + r);
                    assertTrue(max - min <= 1, "within one sequence: " + r + " over " + n);
                }
            }
        }
        assertEquals(new Shard(2, 7).block(new FrameRange(13, 50)), new Shard(2, 7).block(new FrameRange(13, 50), 1));
    }

    @Test
    void choosesFromOptionThenKubernetesThenSlurm() {
        assertEquals(new Shard(2, 7), Shard.choose("2/7", null, Map.of("JOB_COMPLETION_INDEX", "1")));
        assertEquals(new Shard(1, 3), Shard.choose(null, 3, Map.of("JOB_COMPLETION_INDEX", "1")));
        assertEquals(new Shard(1, 4), Shard.choose(null, null, Map.of("JOB_COMPLETION_INDEX", "1", "FACET_SHARDS", "4")));
        assertEquals(new Shard(2, 5), Shard.choose(null, null,
                Map.of("SLURM_ARRAY_TASK_ID", "7", "SLURM_ARRAY_TASK_MIN", "5", "SLURM_ARRAY_TASK_COUNT", "5")));
        assertEquals(Shard.WHOLE, Shard.choose(null, null, Map.of()));
        assertThrows(UserError.class, () -> Shard.choose(null, null, Map.of("JOB_COMPLETION_INDEX", "1")));
        assertThrows(UserError.class, () -> Shard.choose("3/3", null, Map.of()));
        assertThrows(UserError.class, () -> Shard.choose("a/3", null, Map.of()));
        assertThrows(UserError.class, () -> Shard.choose(null, 3, Map.of()));
    }

    @Test
    void aRealProcessTakesItsShardFromTheEnvironment(@TempDir Path dir) throws Exception {
        String[] run = {"run", "tabletop", "--frames", "10", "--width", "32", "--height", "24"};
        FacetProcess.Result k8s = FacetProcess.run(dir, Map.of("JOB_COMPLETION_INDEX", "2", "FACET_SHARDS", "3"), 60,
                KillResumeTest.with(run, "--out", dir.resolve("k8s").toString()));
        assertEquals(0, k8s.exitCode(), k8s.toString());
        assertEquals("facet: shard 2/3: frames 6..9 (4 of 10 frames)", progressStart(k8s));
        FacetProcess.Result slurm = FacetProcess.run(dir,
                Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_MIN", "4", "SLURM_ARRAY_TASK_COUNT", "3"), 60,
                KillResumeTest.with(run, "--out", dir.resolve("slurm").toString()));
        assertEquals(0, slurm.exitCode(), slurm.toString());
        assertEquals("facet: shard 0/3: frames 0..2 (3 of 10 frames)", progressStart(slurm));
        assertTrue(java.nio.file.Files.exists(dir.resolve("slurm/meta/000002.json")));
        assertTrue(!java.nio.file.Files.exists(dir.resolve("slurm/meta/000003.json")), "only its block");
    }

    /** The first line after the renderer's: the first progress line. */
    private static String progressStart(FacetProcess.Result r) {
        List<String> lines = r.stderrLines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("facet: rendering on") || lines.get(i).startsWith("facet: WARNING: rendering")) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no renderer line:\n" + r);
    }
}
