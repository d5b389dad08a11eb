package dev.facet.cli;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.DatasetError;
import dev.facet.analysis.dataset.Fingerprint;
import dev.facet.analysis.eval.CocoEval;
import dev.facet.analysis.eval.EvalReport;
import dev.facet.analysis.eval.InstanceTask;
import dev.facet.analysis.eval.Predictions;
import dev.facet.analysis.eval.ReportFiles;
import dev.facet.analysis.eval.SemanticTask;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facet eval DATASET --predictions FILE}: scores a model's predictions against a dataset, per slice. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predictions against a dataset: COCO AP/AR (as pycocotools) for detection and instance "
                + "segmentation, per-class IoU and mIoU for semantic segmentation; overall, per slice (sweep "
                + "parameters, sequence, category, size, distance, visibility) and per frame.",
                "Writes eval.json and eval.csv to --out and prints a table."})
final class EvalCommand implements Callable<Integer> {
    enum Task { detection, segmentation, semantic }

    @Parameters(paramLabel = "DATASET", description = "A dataset folder written by `facet run`.")
    Path dataset;

    @Option(names = "--predictions", required = true, paramLabel = "FILE",
            description = "COCO results JSON [{image_id (frame), category_id, bbox | segmentation (RLE), score}], "
                    + "or for semantic a folder of NNNNNN.png label images.")
    Path predictions;

    @Option(names = "--task", description = "detection | segmentation | semantic (default: ${DEFAULT-VALUE}).",
            defaultValue = "detection")
    Task task;

    @Option(names = "--by", split = ",", paramLabel = "KEY", description = "Only these slice keys (default: all).")
    List<String> by;

    @Option(names = "--bins", description = "Bins per continuous attribute (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int bins;

    @Option(names = "--out", paramLabel = "DIR", description = "Where eval.json and eval.csv go (default: DATASET/eval).")
    Path out;

    @Override
    public Integer call() {
        if (bins < 1) {
            throw new UserError("--bins must be at least 1, got " + bins);
        }
        try {
            EvalReport report = only(evaluate(Dataset.open(dataset)));
            Path dir = out != null ? out : dataset.resolve("eval");
            ReportFiles.write(report, dir);
            System.out.print(ReportFiles.table(report));
            System.err.println("facet: wrote " + dir.resolve("eval.json") + " and " + dir.resolve("eval.csv"));
            return 0;
        } catch (DatasetError e) {
            throw new UserError(e.getMessage());
        }
    }

    private EvalReport evaluate(Dataset ds) {
        String sha = Fingerprint.sha256(predictions);
        if (task == Task.semantic) {
            return SemanticTask.run(ds, predictions, bins, sha);
        }
        CocoEval.IouType type = task == Task.detection ? CocoEval.IouType.BBOX : CocoEval.IouType.SEGM;
        Set<Long> frames = ds.frames().stream().map(f -> f.frame()).collect(Collectors.toSet());
        int[] size = imageSize(ds);
        Predictions p = new Predictions(predictions, frames, ds.categoryNames().keySet(), size[0], size[1]);
        return InstanceTask.run(ds, p.read(type), type, bins, sha);
    }

    private static int[] imageSize(Dataset ds) {
        var s = ds.manifest().path("image_size");
        return new int[] {s.path(0).asInt(), s.path(1).asInt()};
    }

    private EvalReport only(EvalReport r) {
        if (by == null) {
            return r;
        }
        Set<String> keys = new TreeSet<>();
        r.slices().forEach(s -> keys.add(s.slice().key()));
        for (String k : by) {
            if (!keys.contains(k)) {
                throw new UserError("--by: no slice key '" + k + "' in this dataset; there are: " + keys);
            }
        }
        return new EvalReport(r.task(), r.dataset(), r.predictionsSha256(), r.overall(),
                r.slices().stream().filter(s -> by.contains(s.slice().key())).toList(), r.perFrame());
    }
}
