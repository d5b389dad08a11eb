package dev.facet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Mounts a small tmpfs for tests that need a full or read-only file system (root only). */
final class TmpFs {
    private TmpFs() {
    }

    /** Mounts a tmpfs with {@code options} on {@code dir}; false where this process may not mount. */
    static boolean mount(Path dir, String options) throws IOException, InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
    }

    static void unmount(Path dir) throws IOException, InterruptedException {
        if (!run("umount", dir.toString())) {
            throw new IOException("could not unmount " + dir);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return false;  // no mount command here
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
