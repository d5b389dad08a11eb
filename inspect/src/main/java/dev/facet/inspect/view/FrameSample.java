package dev.facet.inspect.view;

import java.util.ArrayList;
import java.util.List;

/** A deterministic, evenly spread subset of a dataset's frames: the same dataset and size give the same frames. */
final class FrameSample {
    private FrameSample() {
    }

    /** Every frame when {@code n} is at least their number (or not positive), else {@code n} evenly spaced ones. */
    static List<Long> of(List<Long> frames, int n) {
        if (n <= 0 || n >= frames.size()) {
            return frames;
        }
        List<Long> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(frames.get((int) ((long) i * frames.size() / n)));
        }
        return chosen;
    }
}
