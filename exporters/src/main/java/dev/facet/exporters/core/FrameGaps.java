package dev.facet.exporters.core;

import java.util.ArrayList;
import java.util.List;

/** The frames of a range that a dataset lacks, as inclusive {@code [first, last]} runs. */
public final class FrameGaps {
    private FrameGaps() {
    }

    /** @param present the frames present, increasing, all in {@code [start, end)} */
    public static List<List<Long>> of(long start, long end, long[] present) {
        List<List<Long>> gaps = new ArrayList<>();
        long next = start;
        for (long k : present) {
            if (k > next) {
                gaps.add(List.of(next, k - 1));
            }
            next = Math.max(next, k + 1);
        }
        if (next < end) {
            gaps.add(List.of(next, end - 1));
        }
        return gaps;
    }

    /** The runs as text, e.g. {@code 3..7, 12}; at most {@code limit} runs, then how many more. */
    public static String describe(List<List<Long>> gaps, int limit) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < gaps.size() && i < limit; i++) {
            List<Long> g = gaps.get(i);
            s.append(i == 0 ? "" : ", ").append(g.get(0));
            if (!g.get(0).equals(g.get(1))) {
                s.append("..").append(g.get(1));
            }
        }
        if (gaps.size() > limit) {
            s.append(" and ").append(gaps.size() - limit).append(" more runs");
        }
        return s.toString();
    }
}
