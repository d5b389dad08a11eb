package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.testkit.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins every file a run writes, across versions: three frames of each built-in scenario at
 * two seeds, with every exporter, hashed file by file (pixels, meta, every exporter's
 * output, dataset.json). A refactor that changes a random draw, a pixel or a byte of any
 * format fails here and names the files.
 */
class DatasetGoldenTest {
    private static final List<String> SCENARIOS = List.of("tabletop", "spiral", "bin", "room", "sun-sweep");

    @TempDir
    Path tmp;

    @Test
    void everyBuiltInWritesTheSameBytes() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String scenario : SCENARIOS) {
            for (String seed : List.of("0", "42")) {
                Path out = tmp.resolve(scenario + "-" + seed);
                int code = Facet.execute("run", scenario, "--frames", "3", "--seed", seed, "--width", "160",
                        "--height", "120", "--out", out.toString(), "--export", "coco,yolo,bop,webdataset,depth16,mot");
                assertEquals(0, code, "facet run " + scenario);
                try (Stream<Path> files = Files.walk(out)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String rel = out.relativize(f).toString().replace('\\', '/');
                        hashes.put(scenario + " seed " + seed + " " + rel, Golden.sha256(normalised(f, out)));
                    }
                }
            }
        }
        assertTrue(hashes.size() > 100, "runs wrote files: " + hashes.size());
        Golden.check("datasets.txt", hashes);
    }

    /** File bytes, with this test's temporary folder replaced by a fixed name (absolute paths are recorded). */
    private static byte[] normalised(Path f, Path out) throws Exception {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".txt")) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(out.toString(), "$OUT")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
