package dev.facet.analysis.dataset;

/**
 * One object of a frame as its meta file records it. {@code bbox} (x, y, w, h) is null when
 * the object is not visible; {@code distance} is the object centre's z in the camera frame;
 * {@code visibility} is null unless the meta records one; {@code crowd} comes from an
 * optional {@code iscrowd} field (Facet itself writes none).
 */
public record ObjectMeta(int instanceId, int categoryId, String category, double[] bbox, long pixelCount,
                         double distance, Double visibility, boolean crowd) {

    /** True when the object covers at least one pixel: only those are ground truth. */
    public boolean visible() {
        return pixelCount > 0 && bbox != null;
    }
}
