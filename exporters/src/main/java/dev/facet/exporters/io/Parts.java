package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A frame's part: one small JSON file per frame and exporter, {@code <folder>/parts/NNNNNN.json},
 * holding what the exporter's run-level files need of that frame. Parts are written
 * atomically and read back when the run-level files are assembled.
 */
public final class Parts {
    /** The folder of an exporter's parts, inside the exporter's folder. */
    public static final String FOLDER = "parts";

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();

    /** Writes a part's JSON through a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private Parts() {
    }

    /** Frame {@code frame}'s part in the exporter folder {@code folder}. */
    public static Path of(Path folder, long frame) {
        return folder.resolve(FOLDER).resolve(DatasetLayout.stem(frame) + ".json");
    }

    /** Writes a part atomically. */
    public static void write(Path file, Writer content) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                content.write(g);
            }
        });
    }

    /** Reads a part; a missing or unreadable one is an error that names the file. */
    public static JsonNode read(Path file) throws IOException {
        try {
            return READER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read the part " + file + ": " + e.getMessage(), e);
        }
    }
}
