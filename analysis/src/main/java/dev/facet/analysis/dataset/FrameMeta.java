package dev.facet.analysis.dataset;

import java.util.List;
import java.util.Map;

/**
 * One frame's meta file: its index, the sweep parameters it was rendered with (empty
 * without a sweep), its sequence name when the meta has one, and its objects.
 */
public record FrameMeta(long frame, Map<String, Double> params, String sequence, List<ObjectMeta> objects) {
}
