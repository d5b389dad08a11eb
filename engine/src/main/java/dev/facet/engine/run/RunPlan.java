package dev.facet.engine.run;

import dev.facet.engine.scenario.ImageSize;

/**
 * Which frames to render and how.
 *
 * @param start global index of the first frame
 * @param frames how many frames
 * @param workers threads that annotate, encode and write
 * @param queueCapacity frames rendered but not yet written, at most; bounds memory
 */
public record RunPlan(long seed, long start, long frames, ImageSize size, int workers, int queueCapacity) {
    /** Frames a renderer may keep in flight beyond the one it is drawing (double-buffered readback). */
    public static final int RENDER_LAG = 2;

    public RunPlan {
        if (start < 0 || frames < 0 || frames > 1_000_000 - start) {
            throw new IllegalArgumentException("frames must lie in 0..999999 (six-digit frame numbers)");
        }
        if (workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("workers and queue capacity must be positive");
        }
    }

    /**
     * Per-frame buffer sets the run allocates: frames queued for or held by workers, plus
     * those in the renderer's pipeline. No more frames than this exist at once.
     */
    public int bufferSets() {
        return queueCapacity + workers + RENDER_LAG;
    }

    /** Workers and queue sized to this machine: the render thread keeps one core. */
    public static RunPlan of(long seed, long start, long frames, ImageSize size) {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new RunPlan(seed, start, frames, size, workers, workers + 2);
    }
}
