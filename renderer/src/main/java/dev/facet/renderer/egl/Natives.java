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
 * so each process extracts into a folder of its own, removed when it exits. A process
 * that was killed cannot remove its folder; the next one removes folders whose process
 * (named in the folder) no longer runs.
 */
public final class Natives {
    private static final String PREFIX = "facet-natives-";
    private static Path folder;

    private Natives() {
    }

    public static synchronized Path prepare() {
        if (folder == null) {
            try {
                long pid = ProcessHandle.current().pid();
                folder = Files.createTempDirectory(PREFIX + pid + "-");
                removeOrphans(folder.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for native libraries", e);
            }
            Configuration.SHARED_LIBRARY_EXTRACT_PATH.set(folder.toString());
            Path doomed = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(doomed), "facet-natives-cleanup"));
        }
        return folder;
    }

    private static void removeOrphans(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(p -> {
                String rest = p.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash > 0) {
                    try {
                        long pid = Long.parseLong(rest.substring(0, dash));
                        if (ProcessHandle.of(pid).isEmpty()) {
                            delete(p);
                        }
                    } catch (NumberFormatException ignored) {
                        // not one of ours
                    }
                }
            });
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
