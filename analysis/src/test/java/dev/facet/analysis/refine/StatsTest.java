package dev.facet.analysis.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void anovaPValueMatchesTheClosedFormForTwoNumeratorDegrees() {
        // three groups of four: between SS 2 * 4 * ... chosen so that F = 3 exactly is not needed:
        // for d1 = 2 the F tail is (1 + d1 F / d2)^(-d2 / 2); check the beta route against it
        double f = 3.0;
        double d2 = 9;
        double expected = Math.pow(1 + 2 * f / d2, -d2 / 2);
        assertEquals(expected, Stats.betaRegularized(d2 / (d2 + 2 * f), d2 / 2, 1), 1e-12);
    }

    @Test
    void equalGroupsDoNotMatterAndSeparatedOnesDo() {
        Stats.Anova same = Stats.anova(List.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}));
        assertEquals(0, same.f(), 1e-12);
        assertEquals(1, same.p(), 1e-12);
        Stats.Anova apart = Stats.anova(List.of(new double[] {1, 1.1, 0.9}, new double[] {5, 5.1, 4.9}));
        assertEquals(true, apart.p() < 1e-4, "p = " + apart.p());
    }

    @Test
    void quantileInterpolatesAsNumpy() {
        // np.quantile([1, 2, 3, 4], 0.75) = 3.25
        assertEquals(3.25, Stats.quantile(new double[] {1, 2, 3, 4}, 0.75), 1e-15);
    }
}
