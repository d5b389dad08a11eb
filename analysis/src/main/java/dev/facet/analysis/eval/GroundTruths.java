package dev.facet.analysis.eval;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.FrameMeta;
import dev.facet.analysis.dataset.LabelImage;
import dev.facet.analysis.dataset.ObjectMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The ground truth of a dataset as Facet's coco exporter writes it: one object per visible
 * object of every frame (ids from 1, frames in order, objects in meta order), its tight box,
 * area = visible pixel count (for boxes too: COCOeval's size ranges read the ground truth's
 * {@code area}), and for masks its pixels in the instance image.
 */
final class GroundTruths {
    private GroundTruths() {
    }

    static List<GroundTruth> of(Dataset ds, CocoEval.IouType type) {
        List<GroundTruth> out = new ArrayList<>();
        for (FrameMeta f : ds.frames()) {
            LabelImage instance = type == CocoEval.IouType.SEGM ? ds.instance(f.frame()) : null;
            for (ObjectMeta o : f.objects()) {
                if (!o.visible()) {
                    continue;
                }
                Rle mask = instance == null ? null
                        : Rle.ofLabel(instance.labels(), instance.width(), instance.height(), o.instanceId());
                out.add(new GroundTruth(out.size() + 1, f.frame(), o.categoryId(), o.bbox(), o.pixelCount(), o.crowd(),
                        mask, o));
            }
        }
        return out;
    }
}
