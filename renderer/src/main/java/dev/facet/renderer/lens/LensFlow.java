package dev.facet.renderer.lens;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;

/**
 * Flow of a distorted camera from its wide view's flow: the wide view sees the same rays at t
 * and (posed as the next step's camera) at t+1, so a distorted pixel centre's point moves to the
 * wide pixel it sits at plus the wide flow there; that wide pixel's ray, distorted through the
 * lens, is the point's distorted pixel at t+1. Valid where the wide flow is valid (seen at t+1,
 * not hidden) and the point lands inside the distorted image. The wide flow at a pixel centre is
 * interpolated within one surface where all four wide neighbours are valid, else the nearest.
 * One per row of the remap (it holds scratch space).
 */
final class LensFlow {
    private final float[] wideFlow;
    private final float[] wideValid;
    private final float[] flow;
    private final float[] valid;
    private final Camera wide;
    private final Camera distorted;
    private final LensDistortion lens;
    private final double[] xy = new double[2];

    LensFlow(RenderedFrame wideFrame, WideView view, RenderedFrame out) {
        wideFlow = wideFrame.layers().get(Modality.FLOW);
        wideValid = wideFrame.layers().get(Modality.FLOW_VALID);
        flow = out.layers().has(Modality.FLOW) ? out.layers().get(Modality.FLOW) : null;
        valid = out.layers().has(Modality.FLOW_VALID) ? out.layers().get(Modality.FLOW_VALID) : null;
        wide = view.render();
        distorted = view.distorted();
        lens = distorted.distortion();
    }

    /** Writes the flow of distorted pixel {@code i} = (u, v), whose wide position {@code cell} holds. */
    void at(Cell cell, int[] ids, int i, int u, int v) {
        boolean ok = wideValid[cell.nearest] == 1;
        double du = 0;
        double dv = 0;
        if (ok) {
            boolean blend = cell.oneSurface(ids);
            for (int k = 0; k < 4 && blend; k++) {
                blend = wideValid[cell.pixel(k)] == 1;
            }
            double fu = blend ? cell.bilinear(wideFlow, 2, 0) : wideFlow[2 * cell.nearest];
            double fv = blend ? cell.bilinear(wideFlow, 2, 1) : wideFlow[2 * cell.nearest + 1];
            lens.distort((cell.u + fu - wide.cx()) / wide.fx(), (cell.v + fv - wide.cy()) / wide.fy(), xy);
            double un = distorted.fx() * xy[0] + distorted.cx();
            double vn = distorted.fy() * xy[1] + distorted.cy();
            ok = un >= -0.5 && un < distorted.width() - 0.5 && vn >= -0.5 && vn < distorted.height() - 0.5;
            du = un - u;
            dv = vn - v;
        }
        if (flow != null) {
            flow[2 * i] = ok ? (float) du : 0;
            flow[2 * i + 1] = ok ? (float) dv : 0;
        }
        if (valid != null) {
            valid[i] = ok ? 1 : 0;
        }
    }
}
