package dev.facet.analysis.eval;

import java.util.Set;

/**
 * A part of the dataset that metrics are computed over: a frame-level slice keeps some frames
 * and every object; a per-object slice (category, size, distance, visibility) keeps every frame
 * and filters the objects ({@link ObjectFilter}). {@code lo} and {@code hi} are null for
 * slices that are not numeric.
 */
public record Slice(String key, String bin, Double lo, Double hi, Set<Long> frames, ObjectFilter filter) {

    /** True when the slice filters objects rather than frames. */
    public boolean perObject() {
        return filter != ObjectFilter.ALL;
    }
}
