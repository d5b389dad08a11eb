package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesContentUnderFinalNameAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("000012.png");
        AtomicFiles.write(target, "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of("000012.png"), names());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("a.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), true);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("a.json"), names());
    }

    @Test
    void contentMayCloseTheStream() throws IOException {
        Path target = dir.resolve("b.bin");
        AtomicFiles.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            out.close();
        });
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void whileWritingOnlyAHiddenTemporaryNameExists() throws Exception {
        Path target = dir.resolve("000001.npy");
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                AtomicFiles.write(target, out -> {
                    out.write(new byte[100_000]);
                    out.flush();
                    halfWritten.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    out.write(new byte[100_000]);
                });
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        halfWritten.await();
        List<String> during = names();
        assertFalse(Files.exists(target));
        assertEquals(1, during.size());
        assertTrue(during.get(0).startsWith(".000001.npy.tmp-"), during.get(0));
        assertTrue(AtomicFiles.isTemporary(during.get(0)));
        goOn.countDown();
        writer.join();
        assertEquals(null, failure.get());
        assertEquals(200_000, Files.size(target));
        assertEquals(List.of("000001.npy"), names());
    }

    @Test
    void failingContentLeavesOldFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("c.png");
        Files.writeString(target, "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("disk full");
        }));
        assertEquals(target + ": disk full", thrown.getMessage(), "the failure names the final file, then why");
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("c.png"), names());
    }

    @Test
    void failingContentLeavesNoFinalName() {
        Path target = dir.resolve("d.png");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("encoder bug");
        }));
        assertEquals(List.of(), names());
    }

    @Test
    void failingRenameDeletesTemporary() throws IOException {
        Path target = dir.resolve("e.png");
        Files.createDirectories(target.resolve("occupied"));  // a non-empty folder holds the final name
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));
        assertTrue(thrown.getMessage().startsWith(target + " -> ") || thrown.getMessage().startsWith(target + ": "),
                "names the final file, not the temporary one: " + thrown.getMessage());
        assertEquals(List.of("e.png"), names());
        assertTrue(Files.isDirectory(target));
    }

    @Test
    void missingFolderFails() {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("nope/f.png"), new byte[] {1}));
        assertEquals(List.of(), names());
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
