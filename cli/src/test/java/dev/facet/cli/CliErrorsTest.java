package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User mistakes on the command line, each checked against a real {@code facet} process:
 * exit code 2, one {@code facet: error:} line naming the problem, no stack trace, and
 * nothing written (the --out folder is not created).
 */
class CliErrorsTest {

    /** A setup step run in the process's working folder before it starts. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws IOException;
    }

    private static final Setup NONE = dir -> { };
    /** A dataset written with --core-outputs depth: meta and depth, no rgb or instance. */
    private static final Setup A_META_ONLY_DATASET = dir -> {
        Files.createDirectories(dir.resolve("ds/meta"));
        Files.writeString(dir.resolve("ds/meta/000000.json"), "{}\n");
    };
    private static final Setup A_FILE = dir -> Files.writeString(dir.resolve("file.txt"), "keep me\n");

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("unknown scenario", NONE, Map.of(), List.of("nosuchscene", "tabletop"),
                        "run", "nosuchscene", "--frames", "1", "--out", "out"),
                mistake("--frames 0", NONE, Map.of(), List.of("--frames", "0"),
                        "run", "tabletop", "--frames", "0", "--out", "out"),
                mistake("--frames abc", NONE, Map.of(), List.of("--frames", "abc"),
                        "run", "tabletop", "--frames", "abc", "--out", "out"),
                mistake("--frames -5", NONE, Map.of(), List.of("--frames", "-5"),
                        "run", "tabletop", "--frames", "-5", "--out", "out"),
                mistake("--width 0", NONE, Map.of(), List.of("--width", "0"),
                        "run", "tabletop", "--frames", "1", "--width", "0", "--out", "out"),
                mistake("--width abc", NONE, Map.of(), List.of("--width", "abc"),
                        "run", "tabletop", "--frames", "1", "--width", "abc", "--out", "out"),
                mistake("--height 99999", NONE, Map.of(), List.of("--height", "99999"),
                        "run", "tabletop", "--frames", "1", "--height", "99999", "--out", "out"),
                mistake("--start -1", NONE, Map.of(), List.of("--start", "-1"),
                        "run", "tabletop", "--frames", "1", "--start", "-1", "--out", "out"),
                mistake("--start 999999 --frames 5", NONE, Map.of(), List.of("--start", "1000000"),
                        "run", "tabletop", "--start", "999999", "--frames", "5", "--out", "out"),
                // start + frames overflows a long: must still be refused, not run zero frames
                mistake("--start Long.MAX_VALUE", NONE, Map.of(), List.of("--start"),
                        "run", "tabletop", "--start", Long.toString(Long.MAX_VALUE), "--frames", "1",
                        "--width", "8", "--height", "8", "--out", "out"),
                mistake("--frames Long.MAX_VALUE --start 1", NONE, Map.of(), List.of("--frames"),
                        "run", "tabletop", "--start", "1", "--frames", Long.toString(Long.MAX_VALUE),
                        "--width", "8", "--height", "8", "--out", "out"),
                mistake("--out below a regular file", A_FILE, Map.of(), List.of("--out", "file.txt"),
                        "run", "tabletop", "--frames", "1", "--out", "file.txt/sub"),
                mistake("--out is a regular file", A_FILE, Map.of(), List.of("--out", "file.txt", "file"),
                        "run", "tabletop", "--frames", "1", "--out", "file.txt"),
                mistake("--gpu 99", NONE, Map.of(), List.of("--gpu", "99", "EGL device"),
                        "run", "tabletop", "--frames", "1", "--gpu", "99", "--out", "out"),
                mistake("--gpu -1", NONE, Map.of(), List.of("--gpu", "-1", "device"),
                        "run", "tabletop", "--frames", "1", "--gpu", "-1", "--out", "out"),
                mistake("FACET_GPU=abc", NONE, Map.of("FACET_GPU", "abc"), List.of("FACET_GPU", "abc"),
                        "run", "tabletop", "--frames", "1", "--out", "out"),
                mistake("FACET_GPU=99", NONE, Map.of("FACET_GPU", "99"), List.of("99", "EGL device"),
                        "run", "tabletop", "--frames", "1", "--out", "out"),
                mistake("scenario file x.yaml without a version", dir -> Files.writeString(dir.resolve("x.yaml"), "name: x\n"),
                        Map.of(), List.of("x.yaml:1:1", "facet: 1"),
                        "run", "x.yaml", "--frames", "1", "--out", "out"),
                mistake("scenario file without extension", dir -> Files.writeString(dir.resolve("scene"), "x\n"),
                        Map.of(), List.of("scene", ".yaml, .yml or .json"),
                        "run", "scene", "--frames", "1", "--out", "out"),
                mistake("unknown exporter", NONE, Map.of(), List.of("'nope'", "coco", "yolo", "webdataset"),
                        "run", "tabletop", "--frames", "1", "--export", "coco,nope", "--out", "out"),
                mistake("--export with no name", NONE, Map.of(), List.of("--export needs exporter names", "got ''"),
                        "run", "tabletop", "--frames", "1", "--export", "", "--out", "out"),
                mistake("bad exporter option value", NONE, Map.of(), List.of("yolo", "task", "bogus"),
                        "run", "tabletop", "--frames", "1", "--export", "yolo", "--yolo-task", "bogus", "--out", "out"),
                mistake("exporter option without the exporter", NONE, Map.of(), List.of("yolo", "--export yolo"),
                        "run", "tabletop", "--frames", "1", "--yolo-task", "segment", "--out", "out"),
                mistake("negative shard size", NONE, Map.of(), List.of("webdataset", "shard_size_mb", "-3"),
                        "run", "tabletop", "--frames", "1", "--export", "webdataset",
                        "--webdataset-shard-size-mb", "-3", "--out", "out"),
                mistake("preview --frame -1", A_META_ONLY_DATASET, Map.of(), List.of("--frame", "-1"),
                        "preview", "ds", "--frame", "-1"),
                mistake("preview of a frame without rgb", A_META_ONLY_DATASET, Map.of(),
                        List.of("000000.png", "--core-outputs"),
                        "preview", "ds", "--frame", "0"),
                mistake("unknown option --bogus", NONE, Map.of(), List.of("--bogus"),
                        "run", "tabletop", "--bogus", "--out", "out"),
                mistake("unknown command", NONE, Map.of(), List.of("render"),
                        "render", "tabletop", "--out", "out"));
    }

    private static Arguments mistake(String name, Setup setup, Map<String, String> env, List<String> mentions,
            String... args) {
        return Arguments.of(name, setup, env, mentions, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void userMistakeExitsTwoWithOneLineAndWritesNothing(String name, Setup setup, Map<String, String> env,
            List<String> mentions, String[] args, @TempDir Path dir) throws Exception {
        setup.in(dir);
        Map<Path, String> before = snapshot(dir);

        FacetProcess.Result r = FacetProcess.run(dir, env, 60, args);

        assertEquals(2, r.exitCode(), r.toString());
        assertNoStackTrace(r);
        List<String> errors = errorLines(r);
        assertEquals(1, errors.size(), "exactly one 'facet: error:' line\n" + r);
        String error = errors.get(0);
        for (String m : mentions) {
            assertTrue(error.contains(m), "the error names '" + m + "': " + error);
        }
        List<String> others = r.stderrLines().stream()
                .filter(l -> !l.startsWith("facet: error: "))
                .filter(l -> !l.matches("Try 'facet( run)? --help'\\."))
                .collect(Collectors.toList());
        assertEquals(List.of(), others, "nothing else on stderr but the error (and a --help hint)\n" + r);
        assertEquals("", r.stdout(), "nothing on stdout\n" + r);
        assertEquals(before, snapshot(dir), "the working folder is unchanged (no --out created)");
        assertFalse(Files.exists(dir.resolve("out")), "--out was not created");
    }

    @Test
    void noCommandExitsTwo(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir);
        assertEquals(2, r.exitCode(), r.toString());
        assertNoStackTrace(r);
        List<String> errors = errorLines(r);
        assertEquals(1, errors.size(), r.toString());
        assertTrue(errors.get(0).contains("command"), errors.get(0));
        assertEquals(Map.of(), snapshot(dir), "nothing written");
    }

    @Test
    void shortRunSucceedsAndWarnsAboutSoftwareOnce(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, "run", "tabletop", "--frames", "2", "--width", "64",
                "--height", "48", "--out", "tmp");

        assertEquals(0, r.exitCode(), r.toString());
        assertNoStackTrace(r);
        assertEquals(List.of(), errorLines(r), r.toString());
        long warnings = r.stderrLines().stream().filter(l -> l.startsWith("facet: WARNING: rendering in software"))
                .count();
        long onGpu = r.stderrLines().stream().filter(l -> l.startsWith("facet: rendering on ")).count();
        assertEquals(1, warnings + onGpu, "exactly one line says what renders\n" + r);
        if (!gpuPresent()) {
            assertEquals(1, warnings, "no GPU here: the software WARNING appears exactly once\n" + r);
        }
        assertTrue(r.stderr().contains("wrote 2 frames"), r.toString());

        Path out = dir.resolve("tmp");
        assertTrue(Files.isRegularFile(out.resolve("dataset.json")), "dataset.json written");
        assertEquals(2, DatasetFiles.readJson(out.resolve("dataset.json")).path("frames").asLong(), "frames");
        for (long f = 0; f < 2; f++) {
            Png.rgb8(DatasetFiles.file(out, "rgb", f), 64, 48);
            Png.gray16(DatasetFiles.file(out, "instance", f), 64, 48);
            Png.gray16(DatasetFiles.file(out, "semantic", f), 64, 48);
            Npy.float32(DatasetFiles.file(out, "depth", f), 64, 48);
            assertEquals(f, DatasetFiles.readJson(DatasetFiles.file(out, "meta", f)).path("frame").asLong());
        }
        for (String folder : DatasetFiles.FOLDERS) {
            assertEquals(2, DatasetFiles.list(out, folder).size(), folder + " holds exactly two files");
        }
    }

    private static boolean gpuPresent() {
        if (Files.exists(Path.of("/dev/nvidiactl")) || Files.exists(Path.of("/dev/nvidia0"))) {
            return true;
        }
        try (Stream<Path> s = Files.list(Path.of("/dev/dri"))) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("renderD"));
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> errorLines(FacetProcess.Result r) {
        return r.stderrLines().stream().filter(l -> l.startsWith("facet: error: ")).collect(Collectors.toList());
    }

    static void assertNoStackTrace(FacetProcess.Result r) {
        assertFalse(r.stderr().contains("Exception"), "no exception on stderr\n" + r);
        assertFalse(r.stderr().contains("\tat "), "no stack trace on stderr\n" + r);
        assertFalse(r.stdout().contains("\tat "), "no stack trace on stdout\n" + r);
    }

    /** Every path under {@code dir} with its content (files, as Latin-1), "/" (folders) or "-> target" (links). */
    static Map<Path, String> snapshot(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).collect(Collectors.toMap(p -> dir.relativize(p), p -> {
                try {
                    if (Files.isSymbolicLink(p)) {
                        return "-> " + Files.readSymbolicLink(p);
                    }
                    return Files.isDirectory(p) ? "/" : Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
    }
}
