package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed scenario files in {@code scenarios/src/test/resources/malformed/}: each
 * gives exit code 2 and exactly one line {@code facet: error: FILE:LINE:COLUMN: PATH: PROBLEM}
 * as listed in {@code index.tsv}, no stack trace, and nothing written. All of them run
 * in-process (fast); a handful also as real processes.
 */
class MalformedScenariosTest {
    record Case(String file, String lineColumn, String path, String problem) {
        String expected(String label) {
            return "facet: error: " + label + ":" + lineColumn + ": " + ("-".equals(path) ? "" : path + ": ") + problem;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** The corpus lives with the scenario loader (scenarios module); this test runs it through the command. */
    static Path folder() {
        return Path.of("..", "scenarios", "src", "test", "resources", "malformed").toAbsolutePath().normalize();
    }

    static List<Case> cases() {
        try {
            return Files.readAllLines(folder().resolve("index.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Case(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusIsLargeAndEveryFileIsListed() throws IOException {
        List<String> listed = cases().stream().map(Case::file).sorted().toList();
        List<String> present;
        try (Stream<Path> s = Files.list(folder())) {
            present = s.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
        assertEquals(present, listed, "index.tsv lists every malformed file, once");
        assertTrue(listed.size() >= 30, "at least 30 malformed files, got " + listed.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runRefusesWithLocationAndPathAndWritesNothing(Case c, @TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String file = folder().resolve(c.file()).toString();
        Captured r = Captured.run("run", file, "--frames", "1", "--width", "32", "--height", "24", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of(c.expected(file).replace(folder() + "/", "")),
                r.errorLines().stream().map(l -> l.replace(folder() + "/", "")).toList(), r.toString());
        assertEquals(1, r.stderr().lines().count(), "nothing but the error on stderr\n" + r);
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), r.toString());
        assertEquals("", r.stdout());
        assertFalse(Files.exists(out), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateRefusesTheSameWay(Case c) {
        String file = folder().resolve(c.file()).toString();
        Captured r = Captured.run("validate", file);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of(c.expected(file).replace(folder() + "/", "")),
                r.errorLines().stream().map(l -> l.replace(folder() + "/", "")).toList(), r.toString());
        assertEquals("", r.stdout(), "no 'ok' line");
    }

    static Stream<Arguments> throughProcesses() {
        return cases().stream().filter(c -> List.of("syntax-yaml.yaml", "unknown-object-field.yaml", "roughness-range.yaml",
                "missing-mesh.yaml", "unknown-sampler.yaml", "sweep-undeclared.yaml", "fov-180.yaml").contains(c.file()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "process: {0}")
    @MethodSource("throughProcesses")
    void realProcessRefusesWithRelativeFileName(Case c, @TempDir Path dir) throws Exception {
        Files.copy(folder().resolve(c.file()), dir.resolve(c.file()));
        FacetProcess.Result r = FacetProcess.run(dir, "run", c.file(), "--frames", "1", "--out", "out");
        assertEquals(2, r.exitCode(), r.toString());
        List<String> errors = r.stderrLines().stream().filter(l -> l.startsWith("facet: error: ")).toList();
        String expected = c.expected(c.file()).replace(folder() + "/", dir.toRealPath() + "/");
        assertEquals(1, errors.size(), r.toString());
        if (c.problem().contains("cannot read")) {
            assertTrue(errors.get(0).startsWith("facet: error: " + c.file() + ":" + c.lineColumn() + ": " + c.path() + ": "),
                    errors.get(0));
        } else {
            assertEquals(expected, errors.get(0));
        }
        assertEquals(1, r.stderrLines().size(), r.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "the folder holds only the scenario file");
        }
    }
}
