package dev.facet.analysis.eval;

import dev.facet.analysis.dataset.ObjectMeta;

/**
 * One ground-truth object for COCO evaluation. {@code id} must be positive (pycocotools marks
 * "unmatched" with 0); {@code area} decides the size ranges; {@code mask} is null for box
 * evaluation; {@code object} is the meta record it came from (null in hand-made cases), which
 * per-object slices read.
 */
public record GroundTruth(long id, long image, int category, double[] bbox, double area, boolean crowd, Rle mask,
                          ObjectMeta object) {
}
