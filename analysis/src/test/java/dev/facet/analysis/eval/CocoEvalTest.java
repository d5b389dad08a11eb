package dev.facet.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-made cases with their pycocotools results derived by hand (COCOeval with default
 * parameters: 10 IoU thresholds .50:.05:.95, 101 recall thresholds, maxDets 1/10/100).
 * Reading aid: for one threshold, precision at recall threshold r is the envelope value at
 * the first rank whose recall reaches r, 0 past the last rank; AP is the mean over the
 * 10 x 101 (x categories) entries that are not -1.
 */
class CocoEvalTest {
    private static final double EPS = 1e-12;
    private final List<GroundTruth> gts = new ArrayList<>();
    private final List<Detection> dts = new ArrayList<>();

    private void gt(long image, int category, double x, double y, double w, double h, boolean crowd) {
        gts.add(new GroundTruth(gts.size() + 1, image, category, new double[] {x, y, w, h}, w * h, crowd, null, null));
    }

    private void gt(long image, double x, double y, double w, double h) {
        gt(image, 1, x, y, w, h, false);
    }

    private void det(long image, int category, double x, double y, double w, double h, double score) {
        dts.add(new Detection(dts.size() + 1, image, category, new double[] {x, y, w, h}, w * h, score, null));
    }

    private void det(long image, double x, double y, double w, double h, double score) {
        det(image, 1, x, y, w, h, score);
    }

    private CocoMetrics eval(Set<Integer> categories, Long... images) {
        return new CocoEval(CocoEval.IouType.BBOX, categories, gts, dts).evaluate(List.of(images), ObjectFilter.ALL);
    }

    private CocoMetrics eval(Long... images) {
        return eval(Set.of(1), images);
    }

    @Test
    void aPerfectDetectionScoresOneAndOnlyItsSizeRangeCounts() {
        gt(1, 0, 0, 10, 10);
        det(1, 0, 0, 10, 10, 0.9);
        CocoMetrics m = eval(1L);
        assertEquals(1, m.get("AP"), EPS);
        assertEquals(1, m.get("AR1"), EPS);
        assertEquals(1, m.get("APs"), EPS);  // area 100 < 32^2
        // medium/large: the only gt is outside the range, so no gt counts: -1
        assertEquals(-1, m.get("APm"), EPS);
        assertEquals(-1, m.get("APl"), EPS);
    }

    @Test
    void greedyMatchingInScoreOrderAndTheDetectionLimits() {
        gt(1, 0, 0, 10, 10);
        det(1, 0, 0, 10, 6.4, 0.9);  // IoU 64/100 = 0.64
        det(1, 0, 0, 10, 10, 0.8);   // IoU 1
        CocoMetrics m = eval(1L);
        // t in {.50,.55,.60}: the 0.9 det takes the gt (tp), the other is a fp: rc=[1,1], pr=[1,.5] -> 1 at every r.
        // t >= .65 (7 thresholds): fp then tp: rc=[0,1], pr=[0,.5] -> envelope .5 at every r.
        assertEquals((3 * 1 + 7 * 0.5) / 10, m.get("AP"), EPS);
        assertEquals(1, m.get("AP50"), EPS);
        assertEquals(0.5, m.get("AP75"), EPS);
        // maxDets 1: only the 0.9 det, recall 1 at the 3 low thresholds, 0 above
        assertEquals(0.3, m.get("AR1"), EPS);
        assertEquals(1, m.get("AR10"), EPS);
        assertEquals(1, m.get("AR100"), EPS);
    }

    @Test
    void equalScoresKeepImageOrderThenFileOrder() {
        gt(1, 0, 0, 10, 10);
        gt(2, 0, 0, 10, 10);
        det(1, 0, 0, 10, 10, 0.5);    // tp in image 1
        det(2, 50, 50, 10, 10, 0.5);  // fp in image 2, same score
        // stable ranking: tp, fp: rc=[.5,.5], pr=[1,.5]; r = 0, .01, ..., .50 (51 values) read 1, the rest 0
        assertEquals(51.0 / 101, eval(1L, 2L).get("AP"), EPS);
        gts.clear();
        dts.clear();
        gt(1, 0, 0, 10, 10);
        gt(2, 0, 0, 10, 10);
        det(1, 50, 50, 10, 10, 0.5);  // now the fp comes first
        det(2, 0, 0, 10, 10, 0.5);
        // fp, tp: rc=[0,.5], pr=[0,.5] -> envelope .5 for the 51 thresholds up to .50
        assertEquals(25.5 / 101, eval(1L, 2L).get("AP"), EPS);
    }

    @Test
    void anIouTieGoesToTheLaterGroundTruth() {
        gt(1, 0, 0, 10, 10);  // A
        gt(1, 1, 0, 10, 10);  // B
        det(1, 0.5, 0, 10, 10, 0.9);  // IoU 95/105 with A and with B, exactly equal: B (later) wins
        det(1, 0, 0, 10, 10, 0.8);    // IoU 1 with A, 90/110 = .818 with B
        // t <= .90 (9 thresholds): det1 -> B, det2 -> A: both tp, precision 1.
        // (Had det1 taken A, det2 would miss at t = .85 and .90.)
        // t = .95: det1 misses (.905), det2 -> A: rc=[0,.5], pr=[0,.5] -> .5 for 51 thresholds.
        assertEquals((9 + 25.5 / 101) / 10, eval(1L).get("AP"), EPS);
    }

    @Test
    void detectionsOnACrowdAreIgnoredAndACrowdMatchesMany() {
        gt(1, 1, 0, 0, 20, 20, true);    // crowd region
        gt(1, 1, 50, 50, 10, 10, false);
        det(1, 50, 50, 10, 10, 0.9);     // tp
        det(1, 0, 0, 10, 10, 0.8);       // crowd IoU = 100 / det area 100 = 1: ignored
        det(1, 5, 5, 10, 10, 0.7);       // the crowd again: ignored
        det(1, 100, 100, 5, 5, 0.6);     // fp
        // ranks tp, -, -, fp: rc=[1,1,1,1], pr=[1,1,1,.5]: every r reads pr[0] = 1
        CocoMetrics m = eval(1L);
        assertEquals(1, m.get("AP"), EPS);
        assertEquals(1, m.get("AR100"), EPS);  // the crowd is not a gt to recall
    }

    @Test
    void emptyImagesAndCategoriesWithoutGroundTruth() {
        gt(1, 0, 0, 10, 10);
        det(1, 0, 0, 10, 10, 0.9);
        det(2, 0, 0, 10, 10, 0.95);          // image 2 has no gt: a fp ranked first
        det(2, 2, 30, 30, 10, 10, 0.5);      // category 2 has no gt anywhere: -1, left out of the mean
        // category 1: fp, tp: rc=[0,1], pr=[0,.5] -> .5 everywhere
        CocoMetrics m = eval(Set.of(1, 2, 3), 1L, 2L, 3L);
        assertEquals(0.5, m.get("AP"), EPS);
        assertEquals(-1, m.perCategory().get(2).get("AP"), EPS);
        assertEquals(-1, m.perCategory().get(3).get("AP"), EPS);  // nothing at all
        assertEquals(0.5, m.perCategory().get(1).get("AP"), EPS);
    }

    @Test
    void onlyTheHundredBestDetectionsOfAnImageCount() {
        gt(1, 0, 0, 10, 10);
        for (int i = 0; i < 99; i++) {
            det(1, 100 + i, 100, 5, 5, 0.9);
        }
        det(1, 0, 0, 10, 10, 0.1);  // rank 100: still in; rc reaches 1 at the last rank, pr = 1/100 everywhere
        assertEquals(0.01, eval(1L).get("AP"), EPS);
        det(1, 300, 300, 5, 5, 0.5);  // a 101st that outranks it pushes it out
        assertEquals(0, eval(1L).get("AP"), EPS);
        assertEquals(0, eval(1L).get("AR100"), EPS);
    }

    @Test
    void areaRangesIgnoreGroundTruthOutsideAndUnmatchedDetectionsOutside() {
        gt(1, 0, 0, 10, 10);      // small (100)
        gt(1, 100, 0, 40, 50);    // medium (2000)
        det(1, 100, 0, 40, 50, 0.9);    // tp on the medium gt
        det(1, 300, 300, 5, 5, 0.8);    // small fp
        CocoMetrics m = eval(1L);
        // all: tp, fp with 2 gts: rc=[.5,.5], pr=[1,.5] -> 51 of 101 read 1
        assertEquals(51.0 / 101, m.get("AP"), EPS);
        // small: the medium det matches an ignored gt (ignored); the small fp counts; the small gt is missed: 0
        assertEquals(0, m.get("APs"), EPS);
        // medium: tp; the unmatched det is outside the range: ignored -> 1
        assertEquals(1, m.get("APm"), EPS);
        assertEquals(-1, m.get("APl"), EPS);
    }
}
