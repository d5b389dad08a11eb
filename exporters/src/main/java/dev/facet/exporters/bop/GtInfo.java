package dev.facet.exporters.bop;

import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.io.ObjectMask;

/**
 * One object's entry of scene_gt_info.json, by the definitions of the BOP toolkit's
 * calc_gt_info.py. The whole silhouette ("all") is the analytic {@link Silhouette} over the
 * enlarged canvas joined with the visible pixels (every visible pixel shows the object, so
 * visible lies inside all by construction). Boxes follow the toolkit's calc_2d_bbox:
 * [x_min, y_min, x_max - x_min, y_max - y_min] over the pixels, bbox_obj unclipped (it may
 * reach outside the image), both [-1, -1, -1, -1] when the object has no visible pixel.
 * Without a silhouette (meshes) px_count_all, px_count_valid and bbox_obj are -1.
 *
 * @param pxCountValid pixels of the whole silhouette inside the image whose depth PNG value is not 0
 */
record GtInfo(int[] bboxObj, int[] bboxVisib, long pxCountAll, long pxCountValid, long pxCountVisib) {
    static final int[] NO_BOX = {-1, -1, -1, -1};

    /** visib_fract: px_count_visib / px_count_all, 0 when px_count_all is 0, -1 when unknown. */
    double visibFract() {
        if (pxCountAll < 0) {
            return -1;
        }
        return pxCountAll == 0 ? 0.0 : (double) pxCountVisib / pxCountAll;
    }

    /**
     * The entry of {@code a}, {@code whole} being its silhouette (null for a mesh) and
     * {@code depthUnitMm} the millimetres of one depth PNG unit.
     */
    static GtInfo of(RenderedFrame px, ObjectAnnotation a, Silhouette whole, double depthUnitMm) {
        ObjectMask visible = a.visible() ? ObjectMask.cut(px.instance(), px.width(), a.instanceId(), a.bbox()) : null;
        int[] bboxVisib = a.visible() ? bopBox(a.bbox()[0], a.bbox()[1], a.bbox()[0] + a.bbox()[2] - 1,
                a.bbox()[1] + a.bbox()[3] - 1) : NO_BOX;
        if (whole == null) {
            return new GtInfo(NO_BOX, bboxVisib, -1, -1, a.pixelCount());
        }
        PixelTally all = new PixelTally(px, depthUnitMm);
        int[] r = whole.region();
        for (int v = r[1]; v < r[3]; v++) {
            for (int u = r[0]; u < r[2]; u++) {
                if (whole.hit(u, v)) {
                    all.add(u, v);
                }
            }
        }
        if (visible != null) {
            for (int v = 0; v < visible.height(); v++) {
                for (int u = 0; u < visible.width(); u++) {
                    int x = visible.x() + u;
                    int y = visible.y() + v;
                    if (visible.at(u, v) && !(inside(r, x, y) && whole.hit(x, y))) {
                        all.add(x, y);  // shown by the renderer, just missed by the analytic shape
                    }
                }
            }
        }
        int[] bboxObj = a.visible() ? bopBox(all.minU, all.minV, all.maxU, all.maxV) : NO_BOX;
        return new GtInfo(bboxObj, bboxVisib, all.count, all.valid, a.pixelCount());
    }

    private static boolean inside(int[] r, int u, int v) {
        return u >= r[0] && u < r[2] && v >= r[1] && v < r[3];
    }

    /** calc_2d_bbox: the corner pixel and the spans x_max - x_min, y_max - y_min. */
    private static int[] bopBox(int minU, int minV, int maxU, int maxV) {
        return new int[] {minU, minV, maxU - minU, maxV - minV};
    }

    /** Counts pixels of the enlarged canvas, their bounds, and those inside the image with a depth. */
    private static final class PixelTally {
        private final RenderedFrame px;
        private final double unitsPerMetre;
        long count;
        long valid;
        int minU = Integer.MAX_VALUE;
        int minV = Integer.MAX_VALUE;
        int maxU = Integer.MIN_VALUE;
        int maxV = Integer.MIN_VALUE;

        PixelTally(RenderedFrame px, double depthUnitMm) {
            this.px = px;
            this.unitsPerMetre = 1000.0 / depthUnitMm;
        }

        void add(int u, int v) {
            count++;
            minU = Math.min(minU, u);
            minV = Math.min(minV, v);
            maxU = Math.max(maxU, u);
            maxV = Math.max(maxV, v);
            if (u >= 0 && v >= 0 && u < px.width() && v < px.height()) {
                float d = px.depth()[v * px.width() + u];
                // the depth PNG's rule: a surface whose depth rounds to at least one unit
                if (d > 0 && Float.isFinite(d) && Math.round(d * unitsPerMetre) > 0) {
                    valid++;
                }
            }
        }
    }
}
