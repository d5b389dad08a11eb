package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exporter that fails on a frame stops a real {@code facet run}: exit 1, one error line
 * naming the exporter and the frame, and nothing half-written under a final name (no
 * temporary files left, no end-of-run files: no dataset.json, no annotations, no shard).
 */
class ExportFailureTest {

    @Test
    void failingExporterStopsTheRunNamingExporterAndFrame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        // a folder where yolo must write frame 2's label file: renaming onto it fails
        Files.createDirectories(out.resolve("yolo/labels/000002.txt/blocker"));

        FacetProcess.Result r = FacetProcess.run(dir, java.util.Map.of(), 120, "run", "tabletop", "--frames", "40",
                "--width", "64", "--height", "48", "--export", "coco,yolo,webdataset", "--out", out.toString());

        assertEquals(1, r.exitCode(), r.toString());
        List<String> errors = r.stderrLines().stream().filter(l -> l.startsWith("facet: error: ")).toList();
        assertEquals(1, errors.size(), r.toString());
        assertTrue(errors.get(0).contains("exporter 'yolo' failed on frame 2"), errors.get(0));
        assertFalse(r.stderr().contains("\tat "), "no stack trace\n" + r);
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> temporary = all.filter(DatasetFiles::isTemporary).toList();
            assertEquals(List.of(), temporary, "temporary files left behind");
        }
        assertFalse(Files.exists(out.resolve("dataset.json")), "no manifest after a failed run");
        assertFalse(Files.exists(out.resolve("coco/annotations.json")), "no COCO file after a failed run");
        assertFalse(Files.exists(out.resolve("yolo/data.yaml")), "no data.yaml after a failed run");
        try (Stream<Path> shards = Files.list(out.resolve("shards"))) {
            assertEquals(List.of(), shards.filter(Files::isRegularFile).toList(),
                    "the open shard is discarded, not left half-written");
        }
        assertFalse(Files.exists(out.resolve("meta/000039.json")), "the run stopped early");
    }
}
