package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs at random moments (up to 250 ms after the process got a batch of frames done),
 * each into a run with every exporter that resumes the one killed before it (so resumes are
 * killed too), then one resume to the end: the dataset equals an
 * uninterrupted run's, file for file (tars by members and index), with no temporary file and
 * no lock left.
 */
class KillResumeTest {
    static final String[] RUN = {"run", "tabletop", "--frames", "60", "--seed", "3", "--width", "96", "--height", "72",
            "--export", "coco,yolo,bop,webdataset,depth16,mot", "--webdataset-shard-size-mb", "0.15"};
    static final int KILLS = 10;

    @Test
    void killedAndResumedRunsGiveTheUninterruptedDataset(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Facet.execute(with(RUN, "--out", whole.toString())));
        Path out = dir.resolve("killed");
        String[] resume = with(RUN, "--out", out.toString(), "--resume");
        Random random = new Random(20261202);
        List<String> log = new ArrayList<>();
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
            Process p = FacetProcess.builder(dir, Map.of(), resume)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            long before = done(out);
            // once the process made progress (a batch of frames done), at a random moment of what follows
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (done(out) <= before && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            long wait = random.nextInt(250);
            if (p.waitFor(wait, TimeUnit.MILLISECONDS)) {
                log.add("attempt " + attempt + ": finished (exit " + p.exitValue() + ") before the kill");
                break;
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            log.add("kill " + kills + " " + wait + " ms after progress: " + before + " -> " + done(out) + " frames done");
        }
        assertTrue(kills >= KILLS, "the run finished before " + KILLS + " kills:\n" + String.join("\n", log));
        FacetProcess.Result last = FacetProcess.run(dir, Map.of(), 120, resume);
        assertEquals(0, last.exitCode(), last + "\n" + String.join("\n", log));
        System.out.println("KillResumeTest: " + kills + " kills\n  " + String.join("\n  ", log));
        DatasetTree.assertSame(whole, out);
        assertEquals(DatasetTree.samples(whole), DatasetTree.samples(out));
        assertEquals(List.of(), DatasetTree.temporaries(out), "no temporary file left");
        try (var locks = Files.list(out.resolve("parts/locks"))) {
            assertFalse(locks.findAny().isPresent(), "no lock left");
        }
    }

    private static long done(Path out) throws Exception {
        Path frames = out.resolve("parts/frames");
        if (!Files.isDirectory(frames)) {
            return 0;
        }
        try (var s = Files.list(frames)) {
            return s.filter(f -> !DatasetFiles.isTemporary(f)).count();
        }
    }

    static String[] with(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
