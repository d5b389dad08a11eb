package dev.facet.scenarios.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplersTest {
    @Test
    void drawsStayWithinTheirBounds() {
        List<NumberSampler> samplers = List.of(NumberSampler.of(2), new NumberSampler.Uniform(1, 3), new NumberSampler.Normal(0, 1, -0.5, 0.5),
                new NumberSampler.LogUniform(0.01, 10), new NumberSampler.Choice(List.of(1.0, 4.0), null), new NumberSampler.IntRange(2, 5));
        SplittableRandom rng = new SplittableRandom(3);
        for (NumberSampler n : samplers) {
            double[] b = n.bounds(Map.of());
            for (int i = 0; i < 500; i++) {
                double x = n.sample(rng, Map.of());
                assertTrue(x >= b[0] && x <= b[1], n + " gave " + x);
            }
        }
    }

    @Test
    void intRangeIncludesBothEndsAndWeightsDecide() {
        SplittableRandom rng = new SplittableRandom(1);
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(new NumberSampler.IntRange(2, 4).sample(rng, Map.of()));
        }
        assertEquals(Set.of(2.0, 3.0, 4.0), seen);
        NumberSampler.Choice onlyLast = new NumberSampler.Choice(List.of(1.0, 2.0), List.of(0.0, 1.0));
        for (int i = 0; i < 50; i++) {
            assertEquals(2.0, onlyLast.sample(rng, Map.of()));
        }
    }

    @Test
    void parametersTakeTheirValueAndTheirBounds() {
        NumberSampler p = new NumberSampler.Param("a");
        assertEquals(7.0, p.sample(new SplittableRandom(0), Map.of("a", 7.0)));
        assertArrayEquals(new double[] {1, 9}, p.bounds(Map.of("a", new double[] {1, 9})));
        assertThrows(IllegalStateException.class, () -> p.sample(new SplittableRandom(0), Map.of()));
    }

    @Test
    void badSamplersAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NumberSampler.Uniform(3, 1));
        assertEquals("min must not exceed max, got min 3.0 > max 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NumberSampler.Choice(List.of(1.0), List.of(0.0)));
        assertThrows(IllegalArgumentException.class, () -> new NumberSampler.LogUniform(0, 1));
    }

    @Test
    void textChoiceDrawsOneOfItsValues() {
        TextSampler t = new TextSampler.Choice(List.of("a.obj", "b.obj"), null);
        assertEquals(List.of("a.obj", "b.obj"), t.values());
        assertTrue(t.values().contains(t.sample(new SplittableRandom(4))));
        assertEquals(List.of("/x/a.obj", "/x/b.obj"), t.map(s -> "/x/" + s).values());
    }
}
