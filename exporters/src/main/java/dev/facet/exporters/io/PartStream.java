package dev.facet.exporters.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

/**
 * Reads the parts of many frames in frame order: a small pool of threads reads and parses the
 * parts a bounded distance ahead of the one consumer, which sees them in order. Memory stays
 * bounded (at most {@link #AHEAD} parsed parts wait), whatever the number of frames.
 */
public final class PartStream {
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final int AHEAD = 64 * THREADS;

    private PartStream() {
    }

    /** Takes one frame's parsed part, in frame order. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(long frame, T part) throws IOException;
    }

    /** Reads the part {@code file.apply(k)} of each frame k of {@code frames} with {@code reader}, in order, into {@code sink}. */
    public static <T> void inOrder(long[] frames, LongFunction<Path> file, PartParser.Reader<T> reader, Sink<T> sink)
            throws IOException {
        inOrder(frames, file, null, reader, sink);
    }

    /** As above, the arrays of {@code longField} cut out unparsed ({@link PartParser#read(Path, String, PartParser.Reader)}). */
    public static <T> void inOrder(long[] frames, LongFunction<Path> file, String longField, PartParser.Reader<T> reader,
                                   Sink<T> sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "facet-parts");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (long frame : frames) {
                while (submitted < frames.length && ahead.size() < AHEAD) {
                    Path p = file.apply(frames[submitted++]);
                    ahead.add(pool.submit(() -> PartParser.read(p, longField, reader)));
                }
                sink.accept(frame, take(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T take(Future<T> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading parts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof UncheckedIOException io) {
                throw new IOException(io.getMessage(), io.getCause());
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
