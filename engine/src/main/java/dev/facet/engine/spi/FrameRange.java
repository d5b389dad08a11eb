package dev.facet.engine.spi;

/**
 * The frames of a run: {@code count} frames from index {@code start}. Frame numbers have
 * six digits in file names, so every index lies below {@link #LIMIT}.
 */
public record FrameRange(long start, long count) {
    /** One past the highest frame index a dataset can hold. */
    public static final long LIMIT = 1_000_000;
    /** How many frames a run renders when neither its scenario nor the command line says. */
    public static final long DEFAULT_COUNT = 100;

    public FrameRange {
        if (start < 0 || count < 0 || count > LIMIT - start) {
            throw new IllegalArgumentException("frames must lie in 0.." + (LIMIT - 1) + " (six-digit frame numbers), got "
                    + count + " from " + start);
        }
    }

    /** One past the last frame. */
    public long end() {
        return start + count;
    }

    public boolean contains(long frame) {
        return frame >= start && frame < end();
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
