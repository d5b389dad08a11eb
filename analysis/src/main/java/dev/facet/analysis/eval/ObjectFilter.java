package dev.facet.analysis.eval;

/**
 * Which objects a metric counts, generalising pycocotools' area ranges: a ground truth outside
 * the filter is ignored (a detection matched to it counts neither way), and a detection that
 * matches nothing is ignored when it is outside the filter. A detection's side is decided from
 * itself and from the ground truth it overlaps most (null when it overlaps none).
 */
public interface ObjectFilter {
    boolean keeps(GroundTruth g);

    boolean keeps(Detection d, GroundTruth overlapped);

    /** Every object: what pycocotools' "all" range [0, 1e10] keeps for any realistic area. */
    ObjectFilter ALL = area(0, 1e10);

    /** pycocotools' area range: lo <= area <= hi, for ground truth and detections alike. */
    static ObjectFilter area(double lo, double hi) {
        return new ObjectFilter() {
            @Override
            public boolean keeps(GroundTruth g) {
                return !(g.area() < lo || g.area() > hi);
            }

            @Override
            public boolean keeps(Detection d, GroundTruth overlapped) {
                return !(d.area() < lo || d.area() > hi);
            }
        };
    }

    /** Both filters. */
    default ObjectFilter and(ObjectFilter other) {
        ObjectFilter self = this;
        return new ObjectFilter() {
            @Override
            public boolean keeps(GroundTruth g) {
                return self.keeps(g) && other.keeps(g);
            }

            @Override
            public boolean keeps(Detection d, GroundTruth overlapped) {
                return self.keeps(d, overlapped) && other.keeps(d, overlapped);
            }
        };
    }
}
