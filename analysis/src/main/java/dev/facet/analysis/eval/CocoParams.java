package dev.facet.analysis.eval;

import java.util.List;

/** pycocotools' default detection parameters (COCOeval Params.setDetParams), number for number. */
final class CocoParams {
    private CocoParams() {
    }

    /** np.linspace(.5, 0.95, 10): i * step + start, the last one exactly 0.95. */
    static final double[] IOU_THRS = linspace(0.5, 0.95, 10);
    /** np.linspace(0, 1, 101). */
    static final double[] REC_THRS = linspace(0.0, 1.0, 101);
    static final int[] MAX_DETS = {1, 10, 100};
    static final List<ObjectFilter> AREAS = List.of(ObjectFilter.ALL, ObjectFilter.area(0, 32 * 32),
            ObjectFilter.area(32 * 32, 96 * 96), ObjectFilter.area(96 * 96, 1e10));
    /** np.spacing(1). */
    static final double EPS = Math.ulp(1.0);

    static double[] linspace(double start, double stop, int num) {
        double step = (stop - start) / (num - 1);
        double[] y = new double[num];
        for (int i = 0; i < num; i++) {
            y[i] = i * step + start;
        }
        y[num - 1] = stop;
        return y;
    }

    /** The index of threshold {@code t} (compared exactly, as np.where(iouThr == p.iouThrs) does), or -1. */
    static int iouIndex(double t) {
        for (int i = 0; i < IOU_THRS.length; i++) {
            if (IOU_THRS[i] == t) {
                return i;
            }
        }
        return -1;
    }
}
