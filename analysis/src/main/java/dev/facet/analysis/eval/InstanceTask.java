package dev.facet.analysis.eval;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.FrameMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Detection and instance segmentation: COCO metrics overall, per slice and per frame. */
public final class InstanceTask {
    private InstanceTask() {
    }

    public static EvalReport run(Dataset ds, List<Detection> detections, CocoEval.IouType type, int bins,
                                 String predictionsSha256) {
        Set<Long> all = new TreeSet<>();
        ds.frames().forEach(f -> all.add(f.frame()));
        CocoEval eval = new CocoEval(type, ds.categoryNames().keySet(), GroundTruths.of(ds, type), detections);
        Map<String, Object> overall = metrics(ds, eval.evaluate(all, ObjectFilter.ALL), true);
        List<EvalReport.SliceResult> slices = new ArrayList<>();
        List<Slice> cuts = new ArrayList<>(Slices.frames(ds, bins));
        cuts.addAll(Slices.objects(ds, bins));
        for (Slice s : cuts) {
            int frames = s.perObject() ? framesWith(ds, s) : s.frames().size();
            slices.add(new EvalReport.SliceResult(s, frames, metrics(ds, eval.evaluate(s.frames(), s.filter()), false)));
        }
        List<EvalReport.FrameScore> perFrame = new ArrayList<>();
        for (FrameMeta f : ds.frames()) {
            double ap50 = eval.evaluate(List.of(f.frame()), ObjectFilter.ALL).get("AP50");
            perFrame.add(new EvalReport.FrameScore(f.frame(), ap50, f.params()));
        }
        String task = type == CocoEval.IouType.BBOX ? "detection" : "segmentation";
        return new EvalReport(task, ds.root().toString(), predictionsSha256, overall, slices, perFrame);
    }

    /** For a per-object slice: the frames holding at least one ground truth it keeps. */
    private static int framesWith(Dataset ds, Slice s) {
        int n = 0;
        for (FrameMeta f : ds.frames()) {
            boolean any = f.objects().stream().filter(o -> o.visible()).anyMatch(o -> s.filter().keeps(
                    new GroundTruth(1, f.frame(), o.categoryId(), o.bbox(), o.pixelCount(), o.crowd(), null, o)));
            n += any ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Object> metrics(Dataset ds, CocoMetrics m, boolean perCategory) {
        Map<String, Object> out = new LinkedHashMap<>(m.overall());
        if (perCategory) {
            Map<String, Object> cats = new LinkedHashMap<>();
            Map<Integer, String> names = ds.categoryNames();
            m.perCategory().forEach((id, v) -> cats.put(names.getOrDefault(id, Integer.toString(id)), v));
            out.put("per_category", cats);
        }
        return out;
    }
}
