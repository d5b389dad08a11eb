package dev.facet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the output folder before anything is rendered, so a bad --out leaves nothing behind. */
final class OutputFolder {
    private OutputFolder() {
    }

    static void checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + dir + " is a file, not a folder");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UserError("--out " + dir + " cannot be created: " + existing + " is a file, not a folder");
        }
        if (existing == null || !Files.isWritable(existing)) {
            throw new UserError("--out " + dir + " is not writable"
                    + (existing == null ? "" : " (" + existing + " does not allow writing)"));
        }
    }

    static void create(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("cannot create --out " + dir + ": " + e.getMessage());
        }
    }
}
