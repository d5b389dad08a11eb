package dev.facet.engine.spi;

import java.util.Arrays;

/**
 * What an exporter assembles its run-level files from: the dataset ({@code info.frames()} is
 * the whole planned range, not one process's block) and the frames whose parts are all in
 * place, in increasing order. With {@code facet merge --allow-missing} some frames of the
 * range may be absent; {@link #missing()} counts them.
 */
public record Assembly(DatasetInfo info, long[] frames) {
    public Assembly {
        frames = frames.clone();
        for (int i = 1; i < frames.length; i++) {
            if (frames[i] <= frames[i - 1]) {
                throw new IllegalArgumentException("assembly frames must increase: " + frames[i - 1] + ", " + frames[i]);
            }
        }
    }

    /** The frames present, in increasing order (a copy). */
    @Override
    public long[] frames() {
        return frames.clone();
    }

    /** How many frames are present. */
    public int count() {
        return frames.length;
    }

    /** Frames of the planned range that are not present. */
    public long missing() {
        return info.frames().count() - frames.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assembly a && a.info.equals(info) && Arrays.equals(a.frames, frames);
    }

    @Override
    public int hashCode() {
        return 31 * info.hashCode() + Arrays.hashCode(frames);
    }

    @Override
    public String toString() {
        return "Assembly[" + info.out() + ", " + frames.length + " frames]";
    }
}
