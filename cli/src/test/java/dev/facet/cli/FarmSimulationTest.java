package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each farm template's exact command lines, run here as the scheduler would run them: the
 * render command N times at once with the variables it sets, then the merge. The result
 * must be the dataset one process writes.
 */
class FarmSimulationTest {
    private static final int SHARDS = 3;
    private static final List<String> SMALL = List.of("--frames", "7", "--width", "32", "--height", "24");

    @Test
    void kubernetesIndexedJobThenMergeEqualsOneProcess(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("volume/out");
        Captured c = Captured.run(WorkerPoolTest.concat(List.of("deploy", "k8s", "tabletop", "--shards",
                Integer.toString(SHARDS), "--out", out.toString(), "--"), SMALL));
        assertEquals(0, c.exitCode(), c.toString());
        List<JsonNode> docs = DeployTemplatesTest.yamlDocuments(c.stdout());
        List<String> render = withoutFacet(DeployTemplatesTest.strings(docs.get(1).at("/spec/template/spec/containers/0/command")));
        List<String> merge = withoutFacet(DeployTemplatesTest.strings(docs.get(2).at("/spec/template/spec/containers/0/command")));

        List<Map<String, String>> pods = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            pods.add(Map.of("JOB_COMPLETION_INDEX", Integer.toString(i)));
        }
        runAll(dir, render, pods);
        runAll(dir, merge, List.of(Map.of()));
        DatasetTree.assertSame(single(dir), out);
    }

    @Test
    void slurmArrayThenMergeEqualsOneProcess(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shared/out");
        Captured c = Captured.run(WorkerPoolTest.concat(List.of("deploy", "slurm", "tabletop", "--shards",
                Integer.toString(SHARDS), "--out", out.toString(), "--"), SMALL));
        assertEquals(0, c.exitCode(), c.toString());
        String srun = c.stdout().lines().filter(l -> l.startsWith("srun ")).findFirst().orElseThrow();
        List<String> render = withoutFacet(words(srun.substring("srun ".length())));
        String wrap = c.stdout().substring(c.stdout().indexOf("--wrap \"") + "--wrap \"".length());
        List<String> merge = withoutFacet(words(wrap.substring(0, wrap.indexOf('"'))));

        List<Map<String, String>> tasks = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            tasks.add(Map.of("SLURM_ARRAY_JOB_ID", "4242", "SLURM_ARRAY_TASK_ID", Integer.toString(10 + i),
                    "SLURM_ARRAY_TASK_MIN", "10", "SLURM_ARRAY_TASK_MAX", Integer.toString(10 + SHARDS - 1),
                    "SLURM_ARRAY_TASK_COUNT", Integer.toString(SHARDS), "SLURM_JOB_ID", Integer.toString(5000 + i)));
        }
        runAll(dir, render, tasks);
        runAll(dir, merge, List.of(Map.of()));
        DatasetTree.assertSame(single(dir), out);
    }

    private static Path single(Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 120, WorkerPoolTest.concat(
                List.of("run", "tabletop", "--out", "single"), SMALL));
        assertEquals(0, r.exitCode(), r.toString());
        return dir.resolve("single");
    }

    /** Starts one process per environment at once, as a scheduler does, and waits for all. */
    private static void runAll(Path dir, List<String> args, List<Map<String, String>> envs) throws Exception {
        List<Process> running = new ArrayList<>();
        List<File> logs = new ArrayList<>();
        for (Map<String, String> env : envs) {
            File log = File.createTempFile("facet-farm", ".log");
            logs.add(log);
            running.add(FacetProcess.builder(dir, env, args.toArray(String[]::new))
                    .redirectErrorStream(true).redirectOutput(log).start());
        }
        for (int i = 0; i < running.size(); i++) {
            assertTrue(running.get(i).waitFor(240, TimeUnit.SECONDS), "finished: " + args);
            assertEquals(0, running.get(i).exitValue(), args + " " + envs.get(i) + "\n"
                    + java.nio.file.Files.readString(logs.get(i).toPath()));
            logs.get(i).delete();
        }
    }

    private static List<String> withoutFacet(List<String> command) {
        assertEquals("facet", command.get(0), "the command runs facet: " + command);
        return command.subList(1, command.size());
    }

    /** The words of a shell line whose words are bare or in single quotes, as the template writes them. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.trim().split(" +")) {
            words.add(w.startsWith("'") && w.endsWith("'") ? w.substring(1, w.length() - 1) : w);
        }
        return words;
    }
}
