package dev.facet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class IoErrorsTest {

    @Test
    void eachKindOfFailureHasItsWords() {
        assertEquals("/a: permission denied", IoErrors.describe(new AccessDeniedException("/a")));
        assertEquals("/a: no such file or folder", IoErrors.describe(new NoSuchFileException("/a")));
        assertEquals("/a: not a folder", IoErrors.describe(new NotDirectoryException("/a")));
        assertEquals("/a: already exists", IoErrors.describe(new FileAlreadyExistsException("/a")));
        assertEquals("/a: read-only file system",
                IoErrors.describe(new FileSystemException("/a", null, "Read-only file system")));
        assertEquals("/a: not a folder", IoErrors.describe(new FileSystemException("/a", null, "Not a directory")));
        assertEquals("/a -> /b: no space left on device",
                IoErrors.describe(new FileSystemException("/a", "/b", "No space left on device")));
    }

    @Test
    void aFailureWithoutAFileIsItsReason() {
        assertEquals("no space left on device", IoErrors.describe(new IOException("No space left on device")));
        assertEquals("IOException", IoErrors.describe(new IOException()));
        assertEquals("no space left on device",
                IoErrors.describe(new UncheckedIOException(new IOException("No space left on device"))));
    }

    @Test
    void namingPutsTheFileInFrontOnce() {
        IOException named = IoErrors.naming("/out/dataset.json", new IOException("No space left on device"));
        assertEquals("/out/dataset.json: no space left on device", IoErrors.describe(named));
        assertSame(named, IoErrors.naming("/out/dataset.json", named));
        IOException temporary = new FileSystemException("/out/.dataset.json.tmp-1", null, "Disk quota exceeded");
        assertEquals("/out/dataset.json: disk quota exceeded",
                IoErrors.describe(IoErrors.naming("/out/dataset.json", temporary)));
    }
}
