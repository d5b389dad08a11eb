package dev.facet.analysis.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of {@code facet eval}: the task, the dataset and a fingerprint of the
 * predictions, the metrics over everything (with {@code per_category}), per slice, and one
 * score per frame (AP50 for instance tasks, -1 for a frame without ground truth; mIoU for
 * semantic segmentation), higher being better.
 */
public record EvalReport(String task, String dataset, String predictionsSha256, Map<String, Object> overall,
                         List<SliceResult> slices, List<FrameScore> perFrame) {

    /** A slice's metrics and how many frames it covers. */
    public record SliceResult(Slice slice, int frames, Map<String, Object> metrics) {
    }

    /** One frame's score and the sweep parameters it was rendered with. */
    public record FrameScore(long frame, double score, Map<String, Double> params) {
    }
}
