package dev.facet.analysis.eval;

import java.util.List;

/**
 * The matching of one image and category under one filter (pycocotools' evaluateImg): for
 * every IoU threshold, which detections matched a ground truth and which are ignored, and how
 * many ground truths count.
 *
 * @param scores detection scores, highest first (at most 100)
 * @param matched [threshold][detection]: matched some ground truth
 * @param ignored [threshold][detection]: counts neither as true nor as false positive
 * @param positives ground truths that are neither crowds nor outside the filter
 */
record ImageEval(double[] scores, boolean[][] matched, boolean[][] ignored, int positives) {

    /**
     * Greedy matching in score order: each detection takes, among the ground truths not yet
     * taken (crowds may be taken again), the one with the highest IoU at or above the
     * threshold, a later one winning a tie; once it holds a counted ground truth it does not
     * move to an ignored one (they are sorted last). {@code ious[d][g]} is in the given order.
     */
    static ImageEval of(List<GroundTruth> gts, List<Detection> dts, double[][] ious, ObjectFilter filter) {
        int g = gts.size();
        int[] order = new int[g];
        boolean[] gtIg = new boolean[g];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {  // stable sort by ignore flag: counted first
            for (int i = 0; i < g; i++) {
                boolean ig = gts.get(i).crowd() || !filter.keeps(gts.get(i));
                if (ig == (pass == 1)) {
                    gtIg[k] = ig;
                    order[k++] = i;
                }
            }
        }
        int t = CocoParams.IOU_THRS.length;
        int d = dts.size();
        boolean[][] dtm = new boolean[t][d];
        boolean[][] dtIg = new boolean[t][d];
        if (g > 0 && d > 0) {
            for (int ti = 0; ti < t; ti++) {
                match(gts, order, gtIg, ious, CocoParams.IOU_THRS[ti], dtm[ti], dtIg[ti]);
            }
        }
        double[] scores = new double[d];
        for (int di = 0; di < d; di++) {
            scores[di] = dts.get(di).score();
            boolean outside = !filter.keeps(dts.get(di), overlapped(gts, ious, di));
            for (int ti = 0; ti < t; ti++) {
                dtIg[ti][di] |= !dtm[ti][di] && outside;
            }
        }
        int positives = 0;
        for (boolean ig : gtIg) {
            positives += ig ? 0 : 1;
        }
        return new ImageEval(scores, dtm, dtIg, positives);
    }

    private static void match(List<GroundTruth> gts, int[] order, boolean[] gtIg, double[][] ious, double threshold,
                              boolean[] dtm, boolean[] dtIg) {
        boolean[] gtm = new boolean[order.length];
        for (int di = 0; di < dtm.length; di++) {
            double iou = Math.min(threshold, 1 - 1e-10);
            int m = -1;
            for (int gi = 0; gi < order.length; gi++) {
                boolean crowd = gts.get(order[gi]).crowd();
                if (gtm[gi] && !crowd) {
                    continue;
                }
                if (m > -1 && !gtIg[m] && gtIg[gi]) {
                    break;
                }
                double v = ious[di][order[gi]];
                if (v < iou) {
                    continue;
                }
                iou = v;
                m = gi;
            }
            if (m == -1) {
                continue;
            }
            dtIg[di] = gtIg[m];
            dtm[di] = true;
            gtm[m] = true;
        }
    }

    /** The ground truth detection {@code di} overlaps most (the first of equals), or null. */
    private static GroundTruth overlapped(List<GroundTruth> gts, double[][] ious, int di) {
        GroundTruth best = null;
        double most = 0;
        for (int gi = 0; gi < gts.size(); gi++) {
            if (ious[di][gi] > most) {
                most = ious[di][gi];
                best = gts.get(gi);
            }
        }
        return best;
    }
}
