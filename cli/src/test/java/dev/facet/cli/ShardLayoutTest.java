package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any split of a run's frames over processes gives the dataset one process gives: 50 frames
 * with every exporter, as 1, 2, 3 and 7 shards, each written into one shared --out (the last
 * shard to finish assembles) and into separate folders merged by {@code facet merge}. Every
 * per-frame file and every run-level file is compared byte for byte; webdataset tars are
 * compared by their members in frame order and their index (tar names and boundaries follow
 * the layout).
 */
class ShardLayoutTest {
    static final String[] RUN = {"run", "tabletop", "--frames", "50", "--seed", "5", "--width", "96", "--height", "72",
            "--export", "coco,yolo,bop,webdataset,depth16,mot", "--webdataset-shard-size-mb", "0.2", "--yolo-task", "segment"};

    @TempDir
    static Path tmp;
    static Path whole;

    @BeforeAll
    static void oneProcess() {
        whole = tmp.resolve("whole");
        assertEquals(0, Facet.execute(args(whole)));
    }

    static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(RUN));
        a.add("--out");
        a.add(out.toString());
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void oneShardIsTheWholeRun() throws Exception {
        Path out = tmp.resolve("one");
        assertEquals(0, Facet.execute(args(out, "--shard", "0/1")));
        DatasetTree.assertSame(whole, out);
        assertEquals(DatasetTree.samples(whole).size(), 50 * 6, "six members per frame (bop makes amodal masks)");
    }

    @Test
    void twoShardsIntoOneFolder() throws Exception {
        shared(2);
    }

    @Test
    void threeShardsInSeparateFoldersMerged() throws Exception {
        separate(3);
    }

    @Test
    void sevenShardsBothWays() throws Exception {
        shared(7);
        separate(7);
    }

    private static void shared(int n) throws Exception {
        Path out = tmp.resolve("shared-" + n);
        for (int i = n - 1; i >= 0; i--) {  // any order: the last one to finish assembles
            assertFalse(Files.exists(out.resolve("dataset.json")), "no dataset before every shard is done");
            assertEquals(0, Facet.execute(args(out, "--shard", i + "/" + n)));
        }
        DatasetTree.assertSame(whole, out);
        Captured again = Captured.run("merge", out.toString());  // a merge of a complete folder changes nothing
        assertEquals(0, again.exitCode(), again.toString());
        DatasetTree.assertSame(whole, out);
    }

    private static void separate(int n) throws Exception {
        List<String> merge = new ArrayList<>(List.of("merge", tmp.resolve("merged-" + n).toString()));
        for (int i = 0; i < n; i++) {
            Path dir = tmp.resolve("sep-" + n + "-" + i);
            assertEquals(0, Facet.execute(args(dir, "--shard", i + "/" + n)));
            assertFalse(n > 1 && Files.exists(dir.resolve("dataset.json")), "a lone shard does not assemble");
            merge.add(dir.toString());
        }
        Captured merged = Captured.run(merge.toArray(String[]::new));
        assertEquals(0, merged.exitCode(), merged.toString());
        assertTrue(merged.stderr().contains("merged 50 of 50 frames"), merged.stderr());
        Path out = tmp.resolve("merged-" + n);
        DatasetTree.assertSame(whole, out);
        Captured twice = Captured.run(merge.toArray(String[]::new));
        assertEquals(0, twice.exitCode(), "a merge can run again: " + twice);
        DatasetTree.assertSame(whole, out);
        try (Stream<Path> files = Files.walk(tmp.resolve("sep-" + n + "-0"))) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith("meta/000000.json")), "the sources are left as they were");
        }
    }
}
