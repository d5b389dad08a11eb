package dev.facet.engine.run;

/**
 * How a run spreads its work: {@code workers} threads annotate, encode and write, and up to
 * {@code waiting} rendered frames wait for a free worker. Together with the renderer's
 * frames in flight this bounds how many frame buffers exist at once.
 */
public record Pipeline(int workers, int waiting) {
    public Pipeline {
        if (workers < 1 || waiting < 1) {
            throw new IllegalArgumentException("workers and waiting frames must be positive");
        }
    }

    /** Per-frame buffer sets a run allocates for a renderer with {@code framesInFlight}. */
    public int bufferSets(int framesInFlight) {
        return waiting + workers + framesInFlight;
    }

    /** Workers sized to this machine: the render thread keeps one core. */
    public static Pipeline forThisMachine() {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new Pipeline(workers, workers + 2);
    }
}
