package dev.facet.renderer.egl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.lwjgl.system.Configuration;

/**
 * LWJGL extracts its native libraries before loading them. By default they go to a folder
 * shared by every process under /tmp; with one process per GPU that folder is raced for,
 * so each process extracts into a folder of its own, removed when it exits.
 */
public final class Natives {
    private static Path folder;

    private Natives() {
    }

    public static synchronized Path prepare() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("facet-natives-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for native libraries", e);
            }
            Configuration.SHARED_LIBRARY_EXTRACT_PATH.set(folder.toString());
            Path doomed = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(doomed), "facet-natives-cleanup"));
        }
        return folder;
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
