package dev.facet.exporters.bop;

import java.util.List;

/** What one frame contributes to the scene's three JSON files, collected until the run ends. */
record BopFrame(long imId, double[] camK, double[] camRw2c, double[] camTw2c, List<Gt> gts) {

    /**
     * One object of the frame.
     *
     * @param camRm2c row-major 3x3 rotation, object to camera
     * @param camTm2c translation, object to camera, millimetres
     * @param bboxObj box of the whole (unoccluded) silhouette, null when not computable
     * @param pxCountAll pixels of the unoccluded silhouette inside the image, -1 when not computable
     */
    record Gt(int objId, int instanceId, double[] camRm2c, double[] camTm2c, int[] bboxObj, int[] bboxVisib,
              long pxCountAll, long pxCountVisib) {
    }
}
