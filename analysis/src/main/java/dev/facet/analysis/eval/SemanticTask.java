package dev.facet.analysis.eval;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.DatasetError;
import dev.facet.analysis.dataset.FrameMeta;
import dev.facet.analysis.dataset.LabelImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic segmentation: predicted label images (NNNNNN.png in a folder, 8- or 16-bit, a
 * category id per pixel, 0 = background) against the dataset's semantic/ images. Per class
 * IoU = TP / (TP + FP + FN) from the confusion matrix summed over the frames of a slice;
 * background (0) is a class; mIoU is the mean over classes present in the ground truth or the
 * prediction of those frames.
 */
public final class SemanticTask {
    private SemanticTask() {
    }

    public static EvalReport run(Dataset ds, Path predictions, int bins, String predictionsSha256) {
        Map<Integer, String> classes = new LinkedHashMap<>();
        classes.put(0, "background");
        classes.putAll(ds.categoryNames());
        Map<Integer, Integer> index = new HashMap<>();
        classes.keySet().forEach(id -> index.put(id, index.size()));
        Map<Long, long[][]> confusion = new LinkedHashMap<>();
        List<EvalReport.FrameScore> perFrame = new ArrayList<>();
        for (FrameMeta f : ds.frames()) {
            long[][] c = confusion(ds, f.frame(), predictions.resolve(Dataset.stem(f.frame()) + ".png"), index);
            confusion.put(f.frame(), c);
            perFrame.add(new EvalReport.FrameScore(f.frame(), (double) metrics(List.<long[][]>of(c), classes).get("mIoU"),
                    f.params()));
        }
        Map<String, Object> overall = metrics(confusion.values(), classes);
        List<EvalReport.SliceResult> slices = new ArrayList<>();
        for (Slice s : Slices.frames(ds, bins)) {
            List<long[][]> part = s.frames().stream().map(confusion::get).toList();
            Map<String, Object> m = metrics(part, classes);
            m.remove("per_category");
            slices.add(new EvalReport.SliceResult(s, s.frames().size(), m));
        }
        return new EvalReport("semantic", ds.root().toString(), predictionsSha256, overall, slices, perFrame);
    }

    private static long[][] confusion(Dataset ds, long frame, Path file, Map<Integer, Integer> index) {
        LabelImage truth = ds.semantic(frame);
        LabelImage pred = LabelImage.read(file);
        if (pred.width() != truth.width() || pred.height() != truth.height()) {
            throw new DatasetError(file + ": " + pred.width() + "x" + pred.height() + ", the dataset's frames are "
                    + truth.width() + "x" + truth.height());
        }
        long[][] c = new long[index.size()][index.size()];
        for (int i = 0; i < truth.labels().length; i++) {
            Integer p = index.get(pred.labels()[i]);
            if (p == null) {
                throw new DatasetError(file + ": pixel (" + i % pred.width() + ", " + i / pred.width() + ") has label "
                        + pred.labels()[i] + ", not a category id of the dataset " + index.keySet());
            }
            c[index.get(truth.labels()[i])][p]++;
        }
        return c;
    }

    /** mIoU and per-class IoU (-1 for a class absent from both) of the summed confusion matrices. */
    static Map<String, Object> metrics(Iterable<long[][]> matrices, Map<Integer, String> classes) {
        int n = classes.size();
        long[][] sum = new long[n][n];
        for (long[][] m : matrices) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sum[i][j] += m[i][j];
                }
            }
        }
        Map<String, Object> perClass = new LinkedHashMap<>();
        double total = 0;
        int present = 0;
        int k = 0;
        for (String name : classes.values()) {
            long tp = sum[k][k];
            long union = -tp;
            for (int j = 0; j < n; j++) {
                union += sum[k][j] + sum[j][k];
            }
            double iou = union == 0 ? -1 : (double) tp / union;
            if (union > 0) {
                total += iou;
                present++;
            }
            perClass.put(name, Map.of("IoU", iou));
            k++;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mIoU", present == 0 ? -1 : total / present);
        out.put("per_category", perClass);
        return out;
    }
}
