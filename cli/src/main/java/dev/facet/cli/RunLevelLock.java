package dev.facet.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the work on a dataset's run-level files across every process on the folder:
 * writing {@code parts/run.json}, assembling dataset.json and the exporters' run-level files,
 * and removing those files' half-written temporaries at a shard's start (which would
 * otherwise delete the temporary another shard is about to rename into place). An operating
 * system lock on {@code parts/run.lock} (empty; kept): it goes with the process that holds it,
 * so a killed process never leaves it taken.
 */
final class RunLevelLock {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private RunLevelLock() {
    }

    static <T> T holding(Path out, Work<T> work) throws IOException {
        Path file = out.resolve("parts").resolve("run.lock");
        Files.createDirectories(file.getParent());
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.run();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
