package dev.facet.analysis.eval;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.FrameMeta;
import dev.facet.analysis.dataset.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The slices of a dataset: one per bin of every recorded sweep parameter and per sequence
 * (frame-level), and for objects per category, COCO size, camera distance and, when the meta
 * records it, visibility (per-object). A detection that overlaps no ground truth counts in
 * every distance and visibility slice; one that does takes that ground truth's slice.
 */
public final class Slices {
    private Slices() {
    }

    /** Frame-level slices: sweep parameters (binned into at most {@code bins}) and sequences. */
    public static List<Slice> frames(Dataset ds, int bins) {
        List<Slice> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        ds.frames().forEach(f -> keys.addAll(f.params().keySet()));
        for (String key : keys) {
            List<Double> values = ds.frames().stream().filter(f -> f.params().containsKey(key))
                    .map(f -> f.params().get(key)).toList();
            for (Bins.Bin b : Bins.of(values, bins).bins()) {
                Set<Long> frames = new TreeSet<>();
                ds.frames().stream().filter(f -> f.params().containsKey(key) && b.holds(f.params().get(key)))
                        .forEach(f -> frames.add(f.frame()));
                out.add(new Slice(key, b.label(), b.lo(), b.hi(), frames, ObjectFilter.ALL));
            }
        }
        Set<String> sequences = new TreeSet<>();
        ds.frames().stream().filter(f -> f.sequence() != null).forEach(f -> sequences.add(f.sequence()));
        for (String s : sequences) {
            Set<Long> frames = new TreeSet<>();
            ds.frames().stream().filter(f -> s.equals(f.sequence())).forEach(f -> frames.add(f.frame()));
            out.add(new Slice("sequence", s, null, null, frames, ObjectFilter.ALL));
        }
        return out;
    }

    /** Per-object slices for instance tasks: category, size, distance and visibility. */
    public static List<Slice> objects(Dataset ds, int bins) {
        Set<Long> all = new TreeSet<>();
        ds.frames().forEach(f -> all.add(f.frame()));
        List<Slice> out = new ArrayList<>();
        ds.categoryNames().forEach((id, name) -> out.add(new Slice("category", name, null, null, all, category(id))));
        out.add(new Slice("size", "small", 0.0, 1024.0, all, CocoParams.AREAS.get(1)));
        out.add(new Slice("size", "medium", 1024.0, 9216.0, all, CocoParams.AREAS.get(2)));
        out.add(new Slice("size", "large", 9216.0, 1e10, all, CocoParams.AREAS.get(3)));
        out.addAll(attribute(ds, bins, all, "distance", ObjectMeta::distance));
        out.addAll(attribute(ds, bins, all, "visibility", o -> o.visibility() == null ? Double.NaN : o.visibility()));
        return out;
    }

    private static List<Slice> attribute(Dataset ds, int bins, Set<Long> all, String key, ToDoubleFunction<ObjectMeta> of) {
        List<Double> values = new ArrayList<>();
        for (FrameMeta f : ds.frames()) {
            f.objects().stream().filter(ObjectMeta::visible).forEach(o -> values.add(of.applyAsDouble(o)));
        }
        List<Slice> out = new ArrayList<>();
        for (Bins.Bin b : Bins.of(values, bins).bins()) {
            out.add(new Slice(key, b.label(), b.lo(), b.hi(), all, new ObjectFilter() {
                @Override
                public boolean keeps(GroundTruth g) {
                    return g.object() != null && b.holds(of.applyAsDouble(g.object()));
                }

                @Override
                public boolean keeps(Detection d, GroundTruth overlapped) {
                    return overlapped == null || keeps(overlapped);
                }
            }));
        }
        return out;
    }

    private static ObjectFilter category(int id) {
        return new ObjectFilter() {
            @Override
            public boolean keeps(GroundTruth g) {
                return g.category() == id;
            }

            @Override
            public boolean keeps(Detection d, GroundTruth overlapped) {
                return d.category() == id;
            }
        };
    }
}
