package dev.facet.engine.run;

import dev.facet.engine.scene.ImageSize;
import java.util.Optional;

/**
 * How a run spreads its work: {@code workers} threads annotate, encode and write, and up to
 * {@code waiting} rendered frames wait for a free worker. Together with the renderer's
 * frames in flight this bounds how many frame buffers exist at once.
 */
public record Pipeline(int workers, int waiting) {
    /** Bytes one buffer set holds per pixel: rgb 3, instance id 4, depth 4 and semantic id 4. */
    public static final int BYTES_PER_PIXEL = 3 + 4 + 4 + 4;

    public Pipeline {
        if (workers < 1 || waiting < 1) {
            throw new IllegalArgumentException("workers and waiting frames must be positive");
        }
    }

    /** Per-frame buffer sets a run allocates for a renderer with {@code framesInFlight}. */
    public int bufferSets(int framesInFlight) {
        return waiting + workers + framesInFlight;
    }

    /** The bytes of one buffer set for frames of {@code size}. */
    public static long bufferSetBytes(ImageSize size) {
        return (long) BYTES_PER_PIXEL * size.pixels();
    }

    /** Workers sized to this machine: the render thread keeps one core. */
    public static Pipeline forThisMachine() {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new Pipeline(workers, workers + 2);
    }

    /**
     * The bytes this pipeline holds: its buffer sets of {@code setBytes} each, and
     * {@code workerBytes} of working memory per worker.
     */
    public long bytes(int framesInFlight, long setBytes, long workerBytes) {
        return bufferSets(framesInFlight) * setBytes + workers * workerBytes;
    }

    /**
     * This pipeline, or a smaller one whose {@link #bytes} fit in {@code budget}: fewer waiting
     * frames first, then fewer workers; empty when not even one worker and one waiting frame fit.
     */
    public Optional<Pipeline> fitting(int framesInFlight, long setBytes, long workerBytes, long budget) {
        Pipeline p = this;
        while (p.bytes(framesInFlight, setBytes, workerBytes) > budget) {
            if (p.waiting > 1) {
                p = new Pipeline(p.workers, p.waiting - 1);
            } else if (p.workers > 1) {
                p = new Pipeline(p.workers - 1, p.waiting);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }
}
