package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `facet validate` must catch before `facet run` would refuse it: mistakes in a scenario
 * file's export block (at their place in the file) and files that are not scenario files at
 * all (a FIFO, a device). Each is exit 2 and one line, the same for validate and run, and
 * nothing is written.
 */
class ScenarioFileGuardTest {
    private static final String SCENE = """
            facet: 1
            objects:
              - category: cube
                shape: {kind: box, size: [0.1, 0.1, 0.1]}
            export:
            """;

    @TempDir
    Path dir;

    /** Runs validate, then run, on {@code file}: both refuse with exactly {@code expected}. */
    private void bothRefuse(Path file, String expected) {
        Captured validate = Captured.run("validate", file.toString());
        assertEquals(2, validate.exitCode(), validate.toString());
        assertEquals("", validate.stdout(), "no 'ok' line");
        assertEquals(List.of("facet: error: " + expected), relative(validate), validate.toString());
        Path out = dir.resolve("out");
        Captured run = Captured.run("run", file.toString(), "--frames", "1", "--width", "32", "--height", "24",
                "--out", out.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("facet: error: " + expected), relative(run), run.toString());
        assertEquals(1, run.stderr().lines().count(), "nothing but the error\n" + run);
        assertFalse(Files.exists(out), "nothing written");
    }

    private List<String> relative(Captured r) {
        return r.errorLines().stream().map(l -> l.replace(dir + "/", "")).toList();
    }

    @Test
    void anUnknownExporterInTheFileIsReportedAtItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), SCENE + "  coco: {}\n  cocoa: {}\n");
        bothRefuse(file, "s.yaml:7:10: export.cocoa: unknown exporter 'cocoa'; available: bop, coco, core, depth16, mot,"
                + " webdataset, yolo");
    }

    @Test
    void anUnknownOptionInTheFileIsReportedAtTheOption() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), SCENE + "  yolo:\n    task: detect\n    colour: red\n");
        bothRefuse(file, "s.yaml:8:13: export.yolo.colour: exporter 'yolo' has no option 'colour'; its options: task");
    }

    @Test
    void aBadOptionValueInTheFileIsReportedAtItsExporter() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), """
                {"facet": 1, "objects": [{"category": "cube", "shape": {"kind": "box", "size": [0.1, 0.1, 0.1]}}],
                 "export": {"yolo": {"task": "bogus"}}}
                """);
        bothRefuse(file, "s.json:2:21: export.yolo: exporter 'yolo': option task must be detect or segment, got 'bogus'");
    }

    @Test
    void runNamesTheFilesOwnMistakeEvenWithCommandLineOptions() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), SCENE + "  yolo: {task: bogus}\n");
        Captured run = Captured.run("run", file.toString(), "--frames", "1", "--width", "32", "--height", "24",
                "--yolo-task", "nonsense", "--out", dir.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("facet: error: s.yaml:6:9: export.yolo: exporter 'yolo': option task must be detect or"
                + " segment, got 'bogus'"), relative(run), "the file's own mistake, at its place");
    }

    @Test
    void aFifoAndADeviceAreRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        bothRefuse(fifo, "pipe.yaml: not a regular file (a device, FIFO or socket); a scenario is a .yaml, .yml or .json file");
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        bothRefuse(zero, "zero.json: not a regular file (a link to a device, FIFO or socket); a scenario is a .yaml,"
                + " .yml or .json file");
    }
}
