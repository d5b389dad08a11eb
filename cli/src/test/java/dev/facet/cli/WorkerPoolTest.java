package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** facet run --gpus / --workers: the workers' command lines, the user errors, and a real pool on llvmpipe. */
class WorkerPoolTest {
    private static final String[] SMALL = {"--frames", "6", "--width", "32", "--height", "24"};

    @Test
    void workersGetTheParentsArgumentsLessThePoolsPlusTheirShard() {
        List<String> parent = List.of("tabletop", "--gpus", "0,1", "--frames", "6", "--workers=2", "--gpu", "1",
                "--out", "ds", "--resume");
        assertEquals(List.of("tabletop", "--frames", "6", "--out", "ds", "--resume", "--gpu", "1", "--shard", "3/4"),
                WorkerPool.childArgs(parent, new WorkerPool.Slot(3, 1), 4, Path.of("ds")));
        assertEquals(List.of("tabletop", "--out", "out/tabletop", "--shard", "0/2"),
                WorkerPool.childArgs(List.of("tabletop", "--workers", "2"), new WorkerPool.Slot(0, null), 2,
                        Path.of("out/tabletop")));
    }

    @Test
    void workersOnOneDeviceShareItsNumber() {
        WorkerPool pool = WorkerPool.of(List.of("tabletop"), null, 3, 1, Path.of("ds"), System.err);
        assertEquals(List.of(new WorkerPool.Slot(0, 1), new WorkerPool.Slot(1, 1), new WorkerPool.Slot(2, 1)),
                pool.slots());
    }

    @Test
    void badPoolRequestsAreUserErrors(@TempDir Path dir) throws Exception {
        for (List<String> args : List.of(List.of("--workers", "0"), List.of("--gpus", "99"), List.of("--gpus", "x"),
                List.of("--gpus", "0,0"))) {
            String[] line = concat(List.of("run", "tabletop", "--out", "ds"), args);
            FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 60, line);
            assertEquals(2, r.exitCode(), r.toString());
            assertEquals(1, r.stderrLines().stream().filter(l -> l.startsWith("facet: error: ")).count(), r.toString());
        }
        FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 60, "run", "tabletop", "--gpus", "99");
        assertTrue(r.stderr().contains("device(s) are"), "names how many are visible\n" + r);
    }

    @Test
    void twoWorkersWriteTheSameDatasetAsOneProcess(@TempDir Path dir) throws Exception {
        FacetProcess.Result single = FacetProcess.run(dir, Map.of(), 120, concat(List.of("run", "tabletop", "--out",
                "single"), List.of(SMALL)));
        assertEquals(0, single.exitCode(), single.toString());
        FacetProcess.Result pool = FacetProcess.run(dir, Map.of(), 240, concat(List.of("run", "tabletop", "--out",
                "pool", "--workers", "2"), List.of(SMALL)));
        assertEquals(0, pool.exitCode(), pool.toString());
        assertTrue(pool.stderr().contains("wrote 6 frames"), pool.toString());
        DatasetTree.assertSame(dir.resolve("single"), dir.resolve("pool"));
    }

    @Test
    void aFailedWorkerFailsTheRunWithItsMessage(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 120, concat(List.of("run", "tabletop", "--out", "ds",
                "--workers", "2", "--export", "nope"), List.of(SMALL)));
        assertEquals(2, r.exitCode(), r.toString());
        List<String> errors = r.stderrLines().stream().filter(l -> l.startsWith("facet: error: ")).toList();
        assertEquals(1, errors.size(), r.toString());
        assertTrue(errors.get(0).contains("'nope'") && errors.get(0).contains("--resume"), errors.get(0));
    }

    static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
