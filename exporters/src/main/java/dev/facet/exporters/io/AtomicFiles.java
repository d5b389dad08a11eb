package dev.facet.exporters.io;

import dev.facet.engine.IoErrors;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it appears under its final name only when complete: the content
 * goes to a hidden temporary file in the same folder ({@code .<name>.tmp-<random>}), which
 * is then renamed into place atomically. On failure the temporary file is deleted and the
 * final name is left as it was. A failure names the final file and says why
 * ({@link IoErrors}), never the temporary name.
 */
public final class AtomicFiles {
    private static final int BUFFER = 1 << 16;

    /** Produces a file's content. It may close the stream it is given; that is harmless. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /** @param fsync as for {@link #write(Path, Content, boolean)} */
    public static void write(Path target, byte[] bytes, boolean fsync) throws IOException {
        write(target, out -> out.write(bytes), fsync);
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * @param fsync force the content to the storage device before the rename, and the
     *              folder after it (slower; survives power loss)
     */
    public static void write(Path target, Content content, boolean fsync) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve(temporaryName(target.getFileName().toString()));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                content.writeTo(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();  // the channel is ours to close
                    }
                });
                buffered.flush();
                if (fsync) {
                    channel.force(true);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw IoErrors.naming(target.toString(), deleting(temp, e));
        } catch (RuntimeException e) {
            throw deleting(temp, e);
        } catch (Error e) {
            throw deleting(temp, e);
        }
        if (fsync) {
            syncFolder(folder);
        }
    }

    /**
     * Starts a file whose content is written over time (e.g. a tar shard): it lives under a
     * temporary name until {@link Pending#commit()} renames it into place;
     * {@link Pending#discard()} deletes it.
     */
    public static Pending open(Path target) throws IOException {
        Path temp = target.toAbsolutePath().getParent().resolve(temporaryName(target.getFileName().toString()));
        try {
            return new Pending(target, temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw IoErrors.naming(target.toString(), e);
        }
    }

    /** Deletes {@code temp} after {@code failure}, which is returned to be thrown. */
    private static <T extends Throwable> T deleting(Path temp, T failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
        return failure;
    }

    /** A file being written under a temporary name; not thread-safe. */
    public static final class Pending {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final BufferedOutputStream stream;
        private boolean done;

        private Pending(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        }

        /** Where the content goes; closing it is harmless (only {@link #commit} ends the file). */
        public OutputStream stream() {
            return new FilterOutputStream(stream) {
                @Override
                public void write(int b) throws IOException {
                    try {
                        out.write(b);
                    } catch (IOException e) {
                        throw IoErrors.naming(target.toString(), e);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        throw IoErrors.naming(target.toString(), e);
                    }
                }

                @Override
                public void flush() throws IOException {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        throw IoErrors.naming(target.toString(), e);
                    }
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /** Flushes, closes and renames the file into place. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException(target + " was already committed or discarded");
            }
            done = true;
            try {
                stream.flush();
                channel.close();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                closeQuietly(e);
                throw IoErrors.naming(target.toString(), deleting(temp, e));
            } catch (RuntimeException e) {
                closeQuietly(e);
                throw deleting(temp, e);
            }
        }

        private void closeQuietly(Exception failure) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                failure.addSuppressed(suppressed);
            }
        }

        /** Closes and deletes the temporary file; the final name is left as it was. */
        public void discard() {
            if (done) {
                return;
            }
            done = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // deleting is what matters
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the name marks it as temporary
            }
        }
    }

    /** True for names this class uses for files still being written. */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.contains(".tmp-");
    }

    static String temporaryName(String finalName) {
        return "." + finalName + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some platforms cannot open folders; the rename itself has happened
        }
    }
}
