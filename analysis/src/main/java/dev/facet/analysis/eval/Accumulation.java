package dev.facet.analysis.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precision and recall of one category, filter and detection limit over a set of images
 * (pycocotools' accumulate): detections of all images ranked by score (a stable sort, images
 * in id order), cumulative true and false positives, precision made non-increasing from the
 * right, then read at the 101 recall thresholds.
 *
 * @param precision [threshold][recall threshold]
 * @param recall [threshold]: recall at the last detection
 */
record Accumulation(double[][] precision, double[] recall) {

    /** The curves, or null when no image counts a ground truth (pycocotools leaves -1 there). */
    static Accumulation of(List<ImageEval> images, int maxDet) {
        List<double[]> ranked = new ArrayList<>();  // {score, image index, detection index}
        int positives = 0;
        for (int e = 0; e < images.size(); e++) {
            ImageEval im = images.get(e);
            positives += im.positives();
            for (int d = 0; d < Math.min(maxDet, im.scores().length); d++) {
                ranked.add(new double[] {im.scores()[d], e, d});
            }
        }
        if (positives == 0) {
            return null;
        }
        ranked.sort(Comparator.comparingDouble(r -> -r[0]));  // List.sort is stable, as numpy's mergesort
        int t = CocoParams.IOU_THRS.length;
        double[][] precision = new double[t][];
        double[] recall = new double[t];
        for (int ti = 0; ti < t; ti++) {
            int nd = ranked.size();
            double[] rc = new double[nd];
            double[] pr = new double[nd];
            double tp = 0;
            double fp = 0;
            for (int i = 0; i < nd; i++) {
                ImageEval im = images.get((int) ranked.get(i)[1]);
                int d = (int) ranked.get(i)[2];
                if (!im.ignored()[ti][d]) {
                    if (im.matched()[ti][d]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                rc[i] = tp / positives;
                pr[i] = tp / (fp + tp + CocoParams.EPS);
            }
            recall[ti] = nd > 0 ? rc[nd - 1] : 0;
            precision[ti] = atRecallThresholds(rc, pr);
        }
        return new Accumulation(precision, recall);
    }

    private static double[] atRecallThresholds(double[] rc, double[] pr) {
        for (int i = pr.length - 1; i > 0; i--) {
            if (pr[i] > pr[i - 1]) {
                pr[i - 1] = pr[i];
            }
        }
        double[] q = new double[CocoParams.REC_THRS.length];
        int pi = 0;
        for (int ri = 0; ri < q.length; ri++) {
            double threshold = CocoParams.REC_THRS[ri];
            while (pi < rc.length && rc[pi] < threshold) {  // np.searchsorted(rc, recThrs, side='left')
                pi++;
            }
            if (pi >= pr.length) {
                break;
            }
            q[ri] = pr[pi];
        }
        return q;
    }
}
