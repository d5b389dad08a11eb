package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.inspect.dataset.Dataset;
import java.util.Locale;

/** Counts of values in bins, for a bar chart: linear bins between the values' extremes, or powers of two. */
final class Histogram {
    private final double[] values;
    private int size;

    Histogram() {
        values = new double[0];
    }

    private Histogram(double[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /** A histogram that keeps at most {@code capacity} values. */
    static Histogram withCapacity(int capacity) {
        return new Histogram(new double[capacity], 0);
    }

    void add(double v) {
        if (size < values.length && Double.isFinite(v)) {
            values[size++] = v;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** {@code bins} equal bins from the least to the greatest value: {labels, counts}. */
    ObjectNode linear(int bins) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        if (size == 0) {
            lo = 0;
            hi = 1;
        }
        double width = Math.max(hi - lo, 1e-9) / bins;
        long[] counts = new long[bins];
        for (int i = 0; i < size; i++) {
            counts[(int) Math.min(bins - 1, (values[i] - lo) / width)]++;
        }
        String[] labels = new String[bins];
        for (int b = 0; b < bins; b++) {
            labels[b] = String.format(Locale.ROOT, "%.3g", lo + (b + 0.5) * width);
        }
        return node(labels, counts);
    }

    /** Bins [1, 2), [2, 4), [4, 8), ... for positive counts such as pixels. */
    ObjectNode powersOfTwo() {
        int top = 1;
        for (int i = 0; i < size; i++) {
            top = Math.max(top, 64 - Long.numberOfLeadingZeros(Math.max(1, (long) values[i])));
        }
        long[] counts = new long[top];
        String[] labels = new String[top];
        for (int i = 0; i < size; i++) {
            counts[63 - Long.numberOfLeadingZeros(Math.max(1, (long) values[i]))]++;
        }
        for (int b = 0; b < top; b++) {
            labels[b] = (1L << b) + "-" + ((1L << (b + 1)) - 1);
        }
        return node(labels, counts);
    }

    static ObjectNode node(String[] labels, long[] counts) {
        ObjectNode n = Dataset.JSON.createObjectNode();
        var l = n.putArray("labels");
        for (String s : labels) {
            l.add(s);
        }
        var c = n.putArray("counts");
        for (long v : counts) {
            c.add(v);
        }
        return n;
    }
}
