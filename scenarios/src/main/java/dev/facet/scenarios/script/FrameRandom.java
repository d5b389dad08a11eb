package dev.facet.scenarios.script;

import dev.facet.engine.random.Streams;
import java.util.SplittableRandom;

/**
 * A frame's random source for scripted scenarios: independent named streams keyed by
 * (frame seed, name), so the frame renders the same alone, and a new stream leaves the
 * draws of the others alone.
 */
public final class FrameRandom {
    private final long frameSeed;

    public FrameRandom(long frameSeed) {
        this.frameSeed = frameSeed;
    }

    public SplittableRandom stream(String name) {
        return Streams.stream(frameSeed, name);
    }

    public double uniform(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }
}
