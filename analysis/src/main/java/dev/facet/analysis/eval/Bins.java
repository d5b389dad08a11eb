package dev.facet.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a numeric attribute is cut into slices: with at most {@code n} distinct values, one bin
 * per value; otherwise {@code n} equal-width bins over [min, max], each [lo, hi) but the last,
 * which is [lo, hi].
 */
public record Bins(List<Bin> bins) {

    /** One bin: its label, its bounds (equal for a single value) and whether it holds its upper bound. */
    public record Bin(String label, double lo, double hi, boolean closed) {
        public boolean holds(double v) {
            return lo == hi ? v == lo : v >= lo && (v < hi || closed && v == hi);
        }
    }

    public static Bins of(List<Double> values, int n) {
        TreeSet<Double> distinct = new TreeSet<>();
        values.stream().filter(v -> !Double.isNaN(v)).forEach(distinct::add);
        List<Bin> out = new ArrayList<>();
        if (distinct.isEmpty()) {
            return new Bins(out);
        }
        if (distinct.size() <= n) {
            distinct.forEach(v -> out.add(new Bin(format(v), v, v, true)));
            return new Bins(out);
        }
        double lo = distinct.first();
        double width = (distinct.last() - lo) / n;
        for (int i = 0; i < n; i++) {
            double a = lo + i * width;
            double b = i == n - 1 ? distinct.last() : lo + (i + 1) * width;
            boolean last = i == n - 1;
            out.add(new Bin("[" + format(a) + ", " + format(b) + (last ? "]" : ")"), a, b, last));
        }
        return new Bins(out);
    }

    /** A number as people write it: up to 4 significant digits, no trailing zeros. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format("%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
