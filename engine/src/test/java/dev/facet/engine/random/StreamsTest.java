package dev.facet.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamsTest {
    @Test
    void frameSeedDependsOnRunSeedAndFrameOnly() {
        assertEquals(Streams.frameSeed(7, 12), Streams.frameSeed(7, 12));
        assertNotEquals(Streams.frameSeed(7, 12), Streams.frameSeed(7, 13));
        assertNotEquals(Streams.frameSeed(7, 12), Streams.frameSeed(8, 12));
        Set<Long> seeds = new HashSet<>();
        for (long run = 0; run < 50; run++) {
            for (long frame = 0; frame < 200; frame++) {
                seeds.add(Streams.frameSeed(run, frame));
            }
        }
        assertEquals(50 * 200, seeds.size(), "frame seeds collide");
    }

    @Test
    void namedStreamsAreReproducibleAndIndependent() {
        long seed = Streams.frameSeed(3, 4);
        double a1 = Streams.stream(seed, "camera").nextDouble();
        Streams.stream(seed, "layout").nextDouble();  // drawing from another stream changes nothing
        double a2 = Streams.stream(seed, "camera").nextDouble();
        assertEquals(a1, a2);
        assertNotEquals(Streams.stream(seed, "camera").nextLong(), Streams.stream(seed, "camerb").nextLong());
        assertNotEquals(Streams.stream(seed, "ab").nextLong(), Streams.stream(seed, "ba").nextLong());
    }

    @Test
    void streamsLookUniform() {
        // 10 bins over 100k draws from 1000 different frames: every bin within 5% of its share
        int[] bins = new int[10];
        for (int frame = 0; frame < 1000; frame++) {
            var r = Streams.stream(Streams.frameSeed(1, frame), "x");
            for (int i = 0; i < 100; i++) {
                bins[(int) (r.nextDouble() * 10)]++;
            }
        }
        for (int b : bins) {
            assertTrue(Math.abs(b - 10_000) < 500, "bin count " + b);
        }
    }
}
