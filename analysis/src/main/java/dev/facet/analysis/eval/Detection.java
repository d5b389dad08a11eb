package dev.facet.analysis.eval;

/**
 * One predicted object in the COCO results format: positive {@code id} (its position in the
 * file, from 1, as pycocotools' loadRes numbers them), image, category, box, score, and for
 * segmentation its mask. {@code area} is the box's w*h for boxes and the mask's pixel count
 * for masks, as loadRes computes it.
 */
public record Detection(long id, long image, int category, double[] bbox, double area, double score, Rle mask) {
}
