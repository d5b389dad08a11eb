package dev.facet.engine.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds derived by hashing, never from a shared generator: a frame's seed depends on
 * (run seed, frame index) alone, and each named stream inside a frame on (frame seed,
 * name) alone. So frame k renders the same alone, in a range or in another process, and
 * adding a stream does not change the draws of the others.
 */
public final class Streams {
    private Streams() {
    }

    /** The seed of frame {@code frame} in a run seeded with {@code runSeed}. */
    public static long frameSeed(long runSeed, long frame) {
        return mix(mix(runSeed ^ 0x6A09E667F3BCC909L) + frame);
    }

    /** An independent generator for the stream {@code name} of a frame. */
    public static SplittableRandom stream(long frameSeed, String name) {
        long h = frameSeed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        return new SplittableRandom(mix(h));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixer. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
