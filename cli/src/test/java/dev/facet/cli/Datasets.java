package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole datasets compared file by file, byte by byte. */
final class Datasets {
    private Datasets() {
    }

    /** Asserts that {@code actual} holds exactly the files of {@code expected}, with the same bytes. */
    static void assertSame(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        for (Map.Entry<String, byte[]> e : want.entrySet()) {
            assertEquals(true, Arrays.equals(e.getValue(), got.get(e.getKey())), e.getKey() + " has the same bytes");
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
