package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deploy/ templates, filled in by {@code facet deploy}: they parse and hold the fields a farm needs. */
class DeployTemplatesTest {

    @Test
    void kubernetesIndexedJobRendersOneShardPerGpuPodThenMerges() throws Exception {
        Captured c = Captured.run("deploy", "k8s", "tabletop", "--shards", "6", "--name", "farm-1",
                "--image", "registry.example/facet:0.1", "--out", "/data/sets/one", "--parallelism", "3",
                "--", "--frames", "600");
        assertEquals(0, c.exitCode(), c.toString());
        List<JsonNode> docs = yamlDocuments(c.stdout());
        assertEquals(List.of("PersistentVolumeClaim", "Job", "Job"), docs.stream().map(d -> d.path("kind").asText())
                .toList(), c.stdout());
        JsonNode claim = docs.get(0);
        JsonNode render = docs.get(1);
        JsonNode merge = docs.get(2);
        assertEquals("ReadWriteMany", claim.at("/spec/accessModes/0").asText(), "pods on many nodes write to it");

        assertEquals("farm-1", render.at("/metadata/name").asText());
        assertEquals("Indexed", render.at("/spec/completionMode").asText());
        assertEquals(6, render.at("/spec/completions").asInt());
        assertEquals(3, render.at("/spec/parallelism").asInt());
        assertTrue(render.at("/spec/backoffLimitPerIndex").asInt() > 0, "a failed shard is retried");
        JsonNode pod = render.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertEquals("registry.example/facet:0.1", container.path("image").asText());
        assertEquals(1, container.at("/resources/limits").path("nvidia.com/gpu").asInt(), "one GPU per pod");
        assertEquals("graphics,compute,utility", env(container, "NVIDIA_DRIVER_CAPABILITIES"));
        assertEquals(List.of("facet", "run", "tabletop", "--out", "/data/sets/one", "--shards", "6", "--resume",
                "--frames", "600"), strings(container.path("command")));
        assertEquals("Never", pod.path("restartPolicy").asText());
        assertSharedVolume(claim, pod, "/data/sets");

        assertEquals("farm-1-merge", merge.at("/metadata/name").asText());
        assertTrue(merge.at("/spec/suspend").asBoolean(), "the merge waits until the render job is complete");
        JsonNode mergePod = merge.at("/spec/template/spec");
        assertEquals(List.of("facet", "merge", "/data/sets/one"), strings(mergePod.at("/containers/0/command")));
        assertTrue(mergePod.at("/containers/0/resources/limits").path("nvidia.com/gpu").isMissingNode(),
                "merging needs no GPU");
        assertSharedVolume(claim, mergePod, "/data/sets");
        assertTrue(c.stdout().contains("kubectl wait --for=condition=complete --timeout=-1s job/farm-1"), c.stdout());
    }

    @Test
    void slurmArrayScriptIsValidBashWithOneGpuPerTaskAndAMergeAfterTheArray(@TempDir Path dir) throws Exception {
        Captured c = Captured.run("deploy", "slurm", "bin", "--shards", "8", "--name", "bins", "--out", "/scratch/bins");
        assertEquals(0, c.exitCode(), c.toString());
        Path script = dir.resolve("bins.sh");
        Files.writeString(script, c.stdout());
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "bash -n: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        List<String> lines = c.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("#!"), "a script");
        assertTrue(lines.contains("#SBATCH --array=0-7"), c.stdout());
        assertTrue(lines.contains("#SBATCH --gres=gpu:1"), c.stdout());
        assertTrue(lines.contains("#SBATCH --job-name=bins"), c.stdout());
        assertTrue(lines.contains("export NVIDIA_DRIVER_CAPABILITIES=graphics,compute,utility"), c.stdout());
        assertTrue(lines.contains("srun facet run bin --out /scratch/bins --shards 8 --resume"), c.stdout());
        assertTrue(c.stdout().contains("sbatch --dependency=afterok:\"$jobid\""), "the merge waits for the array");
        assertTrue(c.stdout().contains("--wrap \"facet merge /scratch/bins\""), c.stdout());
    }

    @Test
    void dockerfileHasNvidiaEglAndTheFacetJar() throws Exception {
        String dockerfile;
        try (InputStream in = FarmTemplate.class.getResourceAsStream("deploy/Dockerfile")) {
            dockerfile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = dockerfile.lines().map(String::trim).toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("FROM nvidia/cuda:12\\.[0-9.]+-base-ubuntu22\\.04")), dockerfile);
        assertTrue(lines.contains("ENV NVIDIA_DRIVER_CAPABILITIES=graphics,compute,utility"), dockerfile);
        assertTrue(dockerfile.contains("libegl1") && dockerfile.contains("libglvnd0"), dockerfile);
        assertTrue(dockerfile.contains("openjdk-17-jre-headless"), dockerfile);
        assertTrue(dockerfile.contains("> /usr/share/glvnd/egl_vendor.d/10_nvidia.json"), dockerfile);
        String vendor = dockerfile.substring(dockerfile.indexOf("'{") + 1, dockerfile.indexOf("}'") + 1);
        JsonNode json = new ObjectMapper().readTree(vendor);
        assertEquals("1.0.0", json.path("file_format_version").asText());
        assertEquals("libEGL_nvidia.so.0", json.at("/ICD/library_path").asText());
        assertTrue(lines.contains("COPY cli/target/facet.jar /opt/facet/facet.jar"), dockerfile);
        assertTrue(lines.contains("ENTRYPOINT [\"facet\"]"), dockerfile);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "k8s tabletop --shards 4 --name Farm_1",
        "k8s tabletop --shards 4 --name -farm",
        "k8s tab\"letop --shards 4",
        "k8s tabletop --shards 4 --out /data/my$out",
        "k8s tabletop --shards 4 --out out/relative",
        "k8s tabletop --shards 4 --out /out",
        "k8s tabletop --shards 4 --image facet;rm",
        "slurm a'b --shards 4",
        "slurm tabletop --shards 0",
        "slurm tabletop --shards 4 --gpus-per-task 2",
        "slurm tabletop --shards 4 -- --out elsewhere",
        "slurm tabletop --shards 4 -- --frames 1;reboot",
        "nomad tabletop --shards 4"})
    void unsafeValuesAreRefusedWithExitTwo(String line) {
        Captured c = Captured.run(words(line));
        assertEquals(2, c.exitCode(), c.toString());
        assertEquals(1, c.errorLines().size(), c.toString());
        assertEquals("", c.stdout(), "no template printed");
    }

    private static String[] words(String line) {
        List<String> w = new ArrayList<>(List.of("deploy"));
        w.addAll(List.of(line.split(" ")));
        return w.toArray(String[]::new);
    }

    private static void assertSharedVolume(JsonNode claim, JsonNode pod, String mountPath) {
        assertEquals(claim.at("/metadata/name").asText(), pod.at("/volumes/0/persistentVolumeClaim/claimName").asText());
        assertEquals(pod.at("/volumes/0/name").asText(), pod.at("/containers/0/volumeMounts/0/name").asText());
        assertEquals(mountPath, pod.at("/containers/0/volumeMounts/0/mountPath").asText());
    }

    static List<JsonNode> yamlDocuments(String yaml) throws Exception {
        return new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
    }

    static List<String> strings(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText();
            }
        }
        return null;
    }
}
