package dev.facet.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** pycocotools' summarize: means over the present (not -1) precision and recall entries. */
final class Summary {
    private Summary() {
    }

    static final List<String> KEYS = List.of("AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100");

    /** {@code acc[category][area][maxDets]}, null where pycocotools leaves -1. */
    static Map<String, Double> of(Accumulation[][][] acc) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("AP", precision(acc, -1, 0));
        out.put("AP50", precision(acc, CocoParams.iouIndex(0.5), 0));
        out.put("AP75", precision(acc, CocoParams.iouIndex(0.75), 0));
        out.put("APs", precision(acc, -1, 1));
        out.put("APm", precision(acc, -1, 2));
        out.put("APl", precision(acc, -1, 3));
        out.put("AR1", recall(acc, 0));
        out.put("AR10", recall(acc, 1));
        out.put("AR100", recall(acc, 2));
        return out;
    }

    /** Mean precision at maxDets 100 over [threshold][recall][category] (C order), one threshold when t >= 0. */
    private static double precision(Accumulation[][][] acc, int t, int area) {
        int m = CocoParams.MAX_DETS.length - 1;
        List<Double> s = new ArrayList<>();
        for (int ti = 0; ti < CocoParams.IOU_THRS.length; ti++) {
            if (t >= 0 && ti != t) {
                continue;
            }
            for (int r = 0; r < CocoParams.REC_THRS.length; r++) {
                for (Accumulation[][] k : acc) {
                    s.add(k[area][m] == null ? -1 : k[area][m].precision()[ti][r]);
                }
            }
        }
        return NumpyMean.ofPresent(s);
    }

    /** Mean recall over [threshold][category] for the area "all" and the {@code m}-th detection limit. */
    private static double recall(Accumulation[][][] acc, int m) {
        List<Double> s = new ArrayList<>();
        for (int ti = 0; ti < CocoParams.IOU_THRS.length; ti++) {
            for (Accumulation[][] k : acc) {
                s.add(k[0][m] == null ? -1 : k[0][m].recall()[ti]);
            }
        }
        return NumpyMean.ofPresent(s);
    }
}
