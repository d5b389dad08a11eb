package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-edited dataset.json given back to `facet run` is checked like a scenario file. */
class DatasetReplayErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void badImageSizeIsAUserErrorWithItsPath() throws Exception {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, """
                facet: 1
                name: replay
                camera: {resolution: [32, 24], pose: {kind: look_at, eye: [0, 2, 3], target: [0, 0, 0]}}
                objects: [{category: crate, shape: {kind: box, size: [0.3, 0.3, 0.3]}}]
                """);
        Path first = tmp.resolve("first");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "1", "--out", first.toString()));
        Path manifest = first.resolve("dataset.json");
        String edited = Files.readString(manifest).replaceFirst("\"image_size\" : \\[ 32, 24 \\]", "\"image_size\" : [ 0, 24 ]");
        assertTrue(edited.contains("[ 0, 24 ]"), "the test edits image_size");
        Files.writeString(manifest, edited);
        Path again = tmp.resolve("again");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Facet.execute("run", manifest.toString(), "--out", again.toString());
        } finally {
            System.setErr(saved);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.contains("image_size") && message.contains("expected [width, height]"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertFalse(Files.exists(again), "nothing written");
    }
}
