package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.facet.testkit.MalformedCorpus;
import dev.facet.testkit.MalformedCorpus.Case;
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
    /** The corpus lives with the scenario loader (scenarios module); this test runs it through the command. */
    static Path folder() {
        return Path.of("..", "scenarios", "src", "test", "resources", "malformed").toAbsolutePath().normalize();
    }

    static List<Case> cases() {
        return MalformedCorpus.cases(folder());  // the scenarios module checks that index.tsv lists every file
    }

    /** The one error line of {@code facet} for the file named {@code label}. */
    private static String expected(Case c, String label) {
        return "facet: error: " + c.expected(label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runRefusesWithLocationAndPathAndWritesNothing(Case c, @TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String file = folder().resolve(c.file()).toString();
        Captured r = Captured.run("run", file, "--frames", "1", "--width", "32", "--height", "24", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of(expected(c, file).replace(folder() + "/", "")),
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
        assertEquals(List.of(expected(c, file).replace(folder() + "/", "")),
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
        String expected = expected(c, c.file()).replace(folder() + "/", dir.toRealPath() + "/");
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
