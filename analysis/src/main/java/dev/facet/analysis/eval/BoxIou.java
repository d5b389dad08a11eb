package dev.facet.analysis.eval;

/** pycocotools' box IoU ({@code bbIou} in maskApi.c) of boxes (x, y, w, h). */
final class BoxIou {
    private BoxIou() {
    }

    /** Intersection over union, or over the detection's area when the ground truth is a crowd; 0 without overlap. */
    static double iou(double[] d, double[] g, boolean crowd) {
        double ga = g[2] * g[3];
        double da = d[2] * d[3];
        double w = Math.min(d[2] + d[0], g[2] + g[0]) - Math.max(d[0], g[0]);
        if (w <= 0) {
            return 0;
        }
        double h = Math.min(d[3] + d[1], g[3] + g[1]) - Math.max(d[1], g[1]);
        if (h <= 0) {
            return 0;
        }
        double i = w * h;
        double u = crowd ? da : da + ga - i;
        return i / u;
    }
}
