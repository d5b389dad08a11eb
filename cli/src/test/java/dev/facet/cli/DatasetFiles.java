package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test-side helpers for a written dataset: where its files are, and JSON read through
 * Jackson's tree model. PNG and NPY files are read with the test kit's independent decoders
 * ({@link dev.facet.testkit.Png}, {@link dev.facet.testkit.Npy}).
 */
final class DatasetFiles {
    static final List<String> FOLDERS = List.of("rgb", "instance", "semantic", "depth", "meta");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DatasetFiles() {
    }

    /** Six-digit zero-padded frame stem. */
    static String stem(long frame) {
        return String.format("%06d", frame);
    }

    /** The path of one frame's file in a core folder: .png, .npy or .json by folder. */
    static Path file(Path out, String folder, long frame) {
        String ext = switch (folder) {
            case "depth" -> ".npy";
            case "meta", "amodal" -> ".json";
            default -> ".png";
        };
        return out.resolve(folder).resolve(stem(frame) + ext);
    }

    /** Regular files directly in {@code out/folder}, by name; empty when the folder is missing. */
    static List<Path> list(Path out, String folder) throws IOException {
        Path dir = out.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.contains(".tmp-");
    }

    /** A JSON object; fails on empty, truncated or non-object content. */
    static JsonNode readJson(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new AssertionError(file + " does not hold a JSON object (" + Files.size(file) + " bytes)");
        }
        return node;
    }

    /** Throws with the first differing index and values when the arrays differ. */
    static void assertSamplesEqual(int[] expected, int[] actual, int channels, int width, String what) {
        assertEquals(expected.length, actual.length, what + " sample count");
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                int px = i / channels;
                long differing = 0;
                for (int j = 0; j < expected.length; j++) {
                    differing += expected[j] != actual[j] ? 1 : 0;
                }
                throw new AssertionError(what + ": first difference at pixel (u=" + px % width + ", v=" + px / width
                        + ") channel " + i % channels + ": " + expected[i] + " vs " + actual[i] + "; "
                        + differing + " samples differ");
            }
        }
    }

    static void assertSamplesEqual(float[] expected, float[] actual, int width, String what) {
        assertEquals(expected.length, actual.length, what + " sample count");
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                throw new AssertionError(what + ": first difference at pixel (u=" + i % width + ", v=" + i / width
                        + "): " + expected[i] + " vs " + actual[i]);
            }
        }
    }
}
