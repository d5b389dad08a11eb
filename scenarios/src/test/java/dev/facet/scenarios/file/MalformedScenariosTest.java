package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import dev.facet.testkit.MalformedCorpus;
import dev.facet.testkit.MalformedCorpus.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed scenario files in {@code src/test/resources/malformed/}, loaded
 * straight through {@link ScenarioLoader}: each is refused with the file, line, column,
 * field path and problem listed in {@code index.tsv}. (The cli runs the same corpus through
 * {@code facet run} and {@code facet validate}.) Meshes here are read by the bounds-only
 * {@link FileMeshLibrary}, so for unreadable meshes only the start of the problem is pinned.
 */
class MalformedScenariosTest {
    static final ScenarioLoader LOADER = new ScenarioLoader(new FileMeshLibrary());

    static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(MalformedScenariosTest.class.getResource("/malformed/index.tsv")).toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() {
        return MalformedCorpus.cases(folder());
    }

    @Test
    void everyFileIsListedOnce() throws IOException {
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
    void theLoaderRefusesWithLocationPathAndProblem(Case c) {
        Path file = folder().resolve(c.file());
        ScenarioError e = assertThrows(ScenarioError.class, () -> LOADER.load(file));
        String message = e.getMessage().replace(folder() + "/", "");
        if (c.problem().startsWith("cannot read mesh ")) {
            String head = c.expected(c.file()).substring(0, c.expected(c.file()).indexOf("cannot read mesh "));
            assertTrue(message.startsWith(head + "cannot read mesh "), message);
        } else {
            assertEquals(c.expected(c.file()), message);
        }
    }
}
