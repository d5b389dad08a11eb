package dev.facet.scenarios.tabletop;

import java.util.List;
import java.util.SplittableRandom;

/** A closed interval of a setting, drawn uniformly; the same object feeds sampling and {@code describe()}. */
record Range(double min, double max) {
    Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("range needs min <= max, got " + min + ", " + max);
        }
    }

    double draw(SplittableRandom rng) {
        return min == max ? min : min + (max - min) * rng.nextDouble();
    }

    List<Object> describe() {
        return List.of(min, max);
    }
}
