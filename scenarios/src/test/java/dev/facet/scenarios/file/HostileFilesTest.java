package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files too large, too odd or of the wrong kind to commit to the malformed corpus,
 * made here at run time: each is refused with one clear line, fast, without reading more
 * than the size limit (FIFOs and devices are not even opened).
 */
class HostileFilesTest {
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String CUBE = "objects:\n  - category: cube\n    shape: {kind: box, size: [0.1, 0.1, 0.1]}\n";

    @TempDir
    Path dir;

    private String refusal(Path file) {
        ScenarioError e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(ScenarioError.class, () -> MalformedScenariosTest.LOADER.load(file)));
        return e.getMessage().replace(dir + "/", "");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, ("[" + "1,".repeat(20_000_000) + "1]").getBytes(StandardCharsets.US_ASCII));
        assertEquals("big.json: the file is larger than 4 MiB, the most a scenario file may hold", refusal(big));
    }

    @Test
    void aDatasetJsonMayBeLargerButNotUnbounded() throws IOException {
        Files.createDirectories(dir.resolve("run"));
        Path dataset = dir.resolve("run/dataset.json");
        Files.writeString(dataset, "{\"format_version\": 1, \"scenario\": {\"description\": \"" + "d".repeat(5 << 20) + "\"}}");
        assertEquals("run/dataset.json:1:35: facet: missing `facet: 1` (the format version) at the top of the file",
                refusal(dataset));
        Files.writeString(dataset, " ".repeat(17 << 20));
        assertEquals("run/dataset.json: the file is larger than 16 MiB, the most a dataset.json may hold",
                refusal(dataset));
    }

    @Test
    void aDirectoryAFifoAndADeviceAreNotScenarioFiles() throws Exception {
        Files.createDirectory(dir.resolve("folder.yaml"));
        assertEquals("folder.yaml: not a regular file (a directory); a scenario is a .yaml, .yml or .json file",
                refusal(dir.resolve("folder.yaml")));
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero");
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertEquals("zero.yaml: not a regular file (a link to a device, FIFO or socket); a scenario is a .yaml,"
                + " .yml or .json file", refusal(dir.resolve("zero.yaml")));
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nothing.yaml"));
        assertEquals("gone.yaml: a link to no file", refusal(dir.resolve("gone.yaml")));
        Path fifo = dir.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertEquals("pipe.yaml: not a regular file (a device, FIFO or socket); a scenario is a .yaml, .yml or .json file",
                refusal(fifo));
    }

    @Test
    void aYamlLineOfAMegabyteIsRefusedAtOnce() throws IOException {
        Path key = dir.resolve("key.yaml");
        Files.writeString(key, "facet: 1\n" + "k".repeat(1 << 20) + ": 1\n");
        assertEquals("key.yaml:2:65537: the line is longer than 65536 characters, the most a YAML line may hold",
                refusal(key));
        Path text = dir.resolve("string.yaml");
        Files.writeString(text, "facet: 1\nname: \"" + "a".repeat(3_000_000) + "\"\n");
        assertEquals("string.yaml:2:65537: the line is longer than 65536 characters, the most a YAML line may hold",
                refusal(text));
    }

    @Test
    void aLongStringAndManyKeysWithinTheLimitsTakeBoundedTime() throws IOException {
        Path json = dir.resolve("long.json");
        Files.writeString(json, "{\"facet\": 1, \"description\": \"" + "a".repeat(3_900_000) + "\", \"colour\": 1}");
        assertUnknownColour("long.json:1:3900043: ", refusal(json));
        Path keys = dir.resolve("keys.yaml");
        Files.writeString(keys, "facet: 1\n" + CUBE + "params:\n" + IntStream.range(0, 100_000)
                .mapToObj(i -> "  p" + i + ": 1\n").collect(Collectors.joining()) + "colour: 1\n");
        assertUnknownColour("keys.yaml:100006:9: ", refusal(keys));
    }

    /** The refusal names the location and the unknown field, then lists the top-level fields (whatever they are now). */
    private static void assertUnknownColour(String location, String message) {
        String expected = location + "colour: unknown field 'colour'; expected one of: background, camera, ";
        org.junit.jupiter.api.Assertions.assertTrue(message.startsWith(expected) && message.endsWith("sweep, walls"),
                message);
    }

    @Test
    void aKeyLongerThanShownIsCutShortInTheMessage() throws IOException {
        Path json = dir.resolve("key.json");
        Files.writeString(json, "{\"facet\": 1, \"" + "k".repeat(40_000) + "\": 1}");
        String message = refusal(json);
        assertTrue(message.startsWith("key.json:1:40018: " + "k".repeat(500) + "... (39500 more characters): unknown field"),
                message);
        assertTrue(message.length() < 1200, message.length() + " characters");
    }
}
