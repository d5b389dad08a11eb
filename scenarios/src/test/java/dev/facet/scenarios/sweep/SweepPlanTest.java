package dev.facet.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.SweepSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    static Map<String, List<Double>> params(Object... kv) {
        Map<String, List<Double>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Double> v = (List<Double>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }

    @Test
    void gridVariesTheFirstParameterSlowestAndOrderReordersIt() {
        SweepPlan plan = SweepPlan.of(new SweepSpec.Grid(2, null, params("a", List.of(1.0, 2.0), "b", List.of(5.0, 6.0, 7.0))));
        assertEquals(6, plan.points().size());
        assertEquals(Map.of("a", 1.0, "b", 5.0), plan.points().get(0));
        assertEquals(Map.of("a", 1.0, "b", 6.0), plan.points().get(1));
        assertEquals(12, plan.frames());
        assertEquals(Map.of("a", 1.0, "b", 6.0), plan.point(3), "frames 2 and 3 show point 1");
        SweepPlan reordered = SweepPlan.of(new SweepSpec.Grid(1, List.of("b", "a"),
                params("a", List.of(1.0, 2.0), "b", List.of(5.0, 6.0, 7.0))));
        assertEquals(Map.of("a", 2.0, "b", 5.0), reordered.points().get(1));
    }

    @Test
    void zipPairsTheIthValues() {
        SweepPlan plan = SweepPlan.of(new SweepSpec.Zip(1, null, params("a", List.of(1.0, 2.0), "b", List.of(5.0, 6.0))));
        assertEquals(List.of(Map.of("a", 1.0, "b", 5.0), Map.of("a", 2.0, "b", 6.0)), plan.points());
    }

    @Test
    void randomPointsDependOnTheSweepSeedOnly() {
        Map<String, NumberSampler> p = Map.of("a", new NumberSampler.Uniform(1, 2));
        SweepPlan one = SweepPlan.of(new SweepSpec.Random(1, 5, 0L, null, p));
        assertEquals(one.points(), SweepPlan.of(new SweepSpec.Random(1, 5, 0L, null, p)).points());
        assertNotEquals(one.points(), SweepPlan.of(new SweepSpec.Random(1, 5, 1L, null, p)).points());
        one.points().forEach(x -> assertTrue(x.get("a") >= 1 && x.get("a") <= 2));
    }

    @Test
    void parameterBoundsHoldTheDefaultAndEverySweptValue() {
        SweepPlan grid = SweepPlan.of(new SweepSpec.Grid(1, null, params("a", List.of(3.0, 5.0))));
        Map<String, double[]> b = grid.parameterBounds(Map.of("a", 0.5, "c", 9.0));
        assertArrayEquals(new double[] {0.5, 5}, b.get("a"));
        assertArrayEquals(new double[] {9, 9}, b.get("c"));
        SweepPlan random = SweepPlan.of(new SweepSpec.Random(1, 2, 0L, null, Map.of("a", new NumberSampler.Uniform(1, 4))));
        assertArrayEquals(new double[] {1, 4}, random.parameterBounds(Map.of("a", 2.0)).get("a"),
                "a random sweep reaches as far as its sampler");
        assertFalse(SweepPlan.NONE.swept());
        assertEquals(Map.of(), SweepPlan.NONE.point(41));
    }

    @Test
    void checksRefuseUndeclaredParametersAndMismatchedZips() {
        SweepChecks checks = new SweepChecks((path, problem) -> new IllegalArgumentException(path + ": " + problem));
        FieldPath at = FieldPath.ROOT.field("sweep");
        IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class, () -> checks.check(
                new SweepSpec.Grid(1, null, params("x", List.of(1.0))), Set.of("a"), at));
        assertEquals("sweep.params.x: 'x' is not a declared parameter; declare it with a default under `params:`"
                + " (declared: a)", undeclared.getMessage());
        IllegalArgumentException zip = assertThrows(IllegalArgumentException.class, () -> checks.check(
                new SweepSpec.Zip(1, null, params("a", List.of(1.0), "b", List.of(1.0, 2.0))), Set.of("a", "b"), at));
        assertTrue(zip.getMessage().startsWith("sweep.params.b: zip needs lists of the same length"), zip.getMessage());
        checks.check(new SweepSpec.Grid(1, null, params("a", List.of(1.0))), Set.of("a"), at);
    }
}
