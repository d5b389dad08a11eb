package dev.facet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of one shard of one dataset folder, {@code parts/locks/sIIIIofNNNN.lock}, holding
 * the owner's host and pid: a second live run on the same folder and shard is refused; a lock
 * left by a dead process on this host (killed, crashed) is taken over with a warning.
 */
final class RunLock implements AutoCloseable {
    private final Path file;

    private RunLock(Path file) {
        this.file = file;
    }

    static RunLock take(DatasetParts parts, Shard shard, PrintStream err) throws IOException {
        Path file = parts.lock(shard);
        Files.createDirectories(file.getParent());
        String me = host() + " " + ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, me + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new RunLock(file);
            } catch (FileAlreadyExistsException held) {
                String owner;
                try {
                    owner = Files.readString(file, StandardCharsets.UTF_8).trim();
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                if (!isStale(owner)) {
                    throw new UserError("another run (" + describe(owner) + ") is writing shard " + shard + " of "
                            + parts.out() + "; wait for it, or give this run another --out or --shard");
                }
                err.println("facet: WARNING: taking over the lock of shard " + shard + " of " + parts.out()
                        + " left by a process that is gone (" + describe(owner) + ")");
                Files.deleteIfExists(file);
            }
        }
        throw new UserError("cannot take the lock " + file + ": other runs keep taking it");
    }

    /** True when the owner ran on this host and its process is gone (an empty or torn lock counts as stale). */
    private static boolean isStale(String owner) {
        String[] p = owner.split(" ");
        if (p.length != 2) {
            return true;
        }
        if (!p[0].equals(host())) {
            return false;  // another machine's process: it cannot be checked from here
        }
        try {
            return ProcessHandle.of(Long.parseLong(p[1])).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String describe(String owner) {
        String[] p = owner.split(" ");
        return p.length == 2 ? "host " + p[0] + ", pid " + p[1] : "an unreadable lock";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
