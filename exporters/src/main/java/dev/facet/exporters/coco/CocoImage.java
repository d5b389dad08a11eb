package dev.facet.exporters.coco;

import java.util.List;

/** One frame's entry in {@code annotations.json}: the image and its objects' annotations. */
record CocoImage(long frame, String fileName, int width, int height, List<CocoObject> objects) {

    /** One visible object: category, tight box, visible pixel count and its mask's runs. */
    record CocoObject(int instanceId, int categoryId, int[] bbox, long pixelCount, int[] rleCounts) {
    }
}
