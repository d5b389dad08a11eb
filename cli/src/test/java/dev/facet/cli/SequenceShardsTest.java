package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards of a scenario of sequences (the built-in orbit: 60 frames a sequence) split on
 * sequence boundaries, and merged they are the dataset of one process, byte for byte, with
 * every exporter. Frames 54..63 are the end of sequence 0 (54..59) and the start of
 * sequence 1 (60..63): two units (split by frames, the halves would be 54..58 and 59..63), so
 * of three shards one renders nothing.
 */
class SequenceShardsTest {
    private static final String[] RUN = {"run", "orbit", "--start", "54", "--frames", "10", "--seed", "3",
            "--width", "48", "--height", "36", "--export", "coco,yolo,bop,webdataset,depth16"};

    @TempDir
    Path tmp;

    private static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(RUN));
        a.add("--out");
        a.add(out.toString());
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void shardsSplitOnSequencesAndMergeIntoTheDatasetOfOneProcess() throws Exception {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Facet.execute(args(whole)));

        Path shared = tmp.resolve("shared");
        Captured second = Captured.run(args(shared, "--shard", "1/2"));
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.stderr().contains("shard 1/2: frames 60..63 (4 of 10 frames)"), second.stderr());
        Captured first = Captured.run(args(shared, "--shard", "0/2"));
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.stderr().contains("shard 0/2: frames 54..59 (6 of 10 frames)"), first.stderr());
        DatasetTree.assertSame(whole, shared);

        List<String> merge = new ArrayList<>(List.of("merge", tmp.resolve("merged").toString()));
        for (int i = 0; i < 3; i++) {
            Path dir = tmp.resolve("sep-" + i);
            Captured c = Captured.run(args(dir, "--shard", i + "/3"));
            assertEquals(0, c.exitCode(), c.toString());
            if (i == 0) {
                assertTrue(c.stderr().contains("shard 0/3: no frames"), c.stderr());
            }
            merge.add(dir.toString());
        }
        Captured merged = Captured.run(merge.toArray(String[]::new));
        assertEquals(0, merged.exitCode(), merged.toString());
        DatasetTree.assertSame(whole, tmp.resolve("merged"));
    }
}
