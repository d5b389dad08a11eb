package dev.facet.analysis.refine;

import java.util.List;

/** The few statistics refinement needs: quantiles and the one-way ANOVA F test. */
final class Stats {
    private Stats() {
    }

    /** The q-quantile of sorted values, interpolating linearly between ranks (numpy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        return i + 1 < sorted.length ? sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    /** F statistic and p-value of a one-way ANOVA over the groups (groups with no value left out). */
    record Anova(double f, double p) {
    }

    static Anova anova(List<double[]> groups) {
        List<double[]> g = groups.stream().filter(x -> x.length > 0).toList();
        int k = g.size();
        int n = g.stream().mapToInt(x -> x.length).sum();
        if (k < 2 || n <= k) {
            return new Anova(Double.NaN, 1);
        }
        double grand = g.stream().flatMapToDouble(java.util.Arrays::stream).sum() / n;
        double between = 0;
        double within = 0;
        for (double[] x : g) {
            double m = java.util.Arrays.stream(x).sum() / x.length;
            between += x.length * (m - grand) * (m - grand);
            for (double v : x) {
                within += (v - m) * (v - m);
            }
        }
        double d1 = k - 1;
        double d2 = n - k;
        if (within <= 1e-15 * Math.max(1, between)) {
            return between <= 1e-15 ? new Anova(0, 1) : new Anova(Double.POSITIVE_INFINITY, 0);
        }
        double f = (between / d1) / (within / d2);
        return new Anova(f, betaRegularized(d2 / (d2 + d1 * f), d2 / 2, d1 / 2));
    }

    /** The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz). */
    static double betaRegularized(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - betaRegularized(1 - x, b, a);
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            for (int step = 0; step < 2; step++) {
                double num = step == 0 ? m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
                        : -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
                d = 1 + num * d;
                d = 1 / (Math.abs(d) < tiny ? tiny : d);
                c = 1 + num / c;
                c = Math.abs(c) < tiny ? tiny : c;
                h *= c * d;
            }
            if (Math.abs(c * d - 1) < 1e-14) {
                break;
            }
        }
        return front * h;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
    static double logGamma(double x) {
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
