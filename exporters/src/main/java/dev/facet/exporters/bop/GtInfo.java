package dev.facet.exporters.bop;

import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.spi.RenderedFrame;

/**
 * One object's entry of scene_gt_info.json, by the definitions of the BOP toolkit's
 * calc_gt_info.py. The whole silhouette ("all") is the object's rendered amodal mask
 * ({@link AmodalMasks}), which like the toolkit's render covers an enlarged canvas three times
 * the image each way, so the part outside the image counts. Boxes follow the toolkit's
 * calc_2d_bbox: [x_min, y_min, x_max - x_min, y_max - y_min] over the pixels, bbox_obj unclipped
 * (it may reach outside the image), both [-1, -1, -1, -1] when the object has no visible pixel.
 *
 * @param pxCountValid pixels of the whole silhouette inside the image whose depth PNG value is not 0
 */
record GtInfo(int[] bboxObj, int[] bboxVisib, long pxCountAll, long pxCountValid, long pxCountVisib) {
    static final int[] NO_BOX = {-1, -1, -1, -1};

    /** visib_fract: px_count_visib / px_count_all, 0 when px_count_all is 0. */
    double visibFract() {
        return pxCountAll <= 0 ? 0.0 : (double) pxCountVisib / pxCountAll;
    }

    /**
     * The entry of {@code a}, {@code whole} being its amodal mask (null when its silhouette misses
     * the canvas) and {@code depthUnitMm} the millimetres of one depth PNG unit.
     */
    static GtInfo of(RenderedFrame px, ObjectAnnotation a, AmodalMasks.Mask whole, double depthUnitMm) {
        int[] bboxVisib = a.visible() ? bopBox(a.bbox()[0], a.bbox()[1], a.bbox()[0] + a.bbox()[2] - 1,
                a.bbox()[1] + a.bbox()[3] - 1) : NO_BOX;
        if (whole == null) {
            return new GtInfo(NO_BOX, bboxVisib, 0, 0, a.pixelCount());
        }
        double unitsPerMetre = 1000.0 / depthUnitMm;
        long valid = 0;
        for (int v = 0; v < whole.height(); v++) {
            for (int u = 0; u < whole.width(); u++) {
                if (whole.pixels()[v * whole.width() + u]) {
                    float d = px.depth()[(whole.y() + v) * px.width() + whole.x() + u];
                    // the depth PNG's rule: a surface whose depth rounds to at least one unit
                    if (d > 0 && Float.isFinite(d) && Math.round(d * unitsPerMetre) > 0) {
                        valid++;
                    }
                }
            }
        }
        int[] c = whole.canvasBox();
        int[] bboxObj = a.visible() ? bopBox(c[0], c[1], c[2], c[3]) : NO_BOX;
        return new GtInfo(bboxObj, bboxVisib, whole.pixelCountAll(), valid, a.pixelCount());
    }

    /** calc_2d_bbox: the corner pixel and the spans x_max - x_min, y_max - y_min. */
    private static int[] bopBox(int minU, int minV, int maxU, int maxV) {
        return new int[] {minU, minV, maxU - minU, maxV - minV};
    }
}
