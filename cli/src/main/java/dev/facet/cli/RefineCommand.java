package dev.facet.cli;

import dev.facet.analysis.dataset.Dataset;
import dev.facet.analysis.dataset.DatasetError;
import dev.facet.analysis.dataset.Fingerprint;
import dev.facet.analysis.refine.Refiner;
import dev.facet.analysis.refine.Scores;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facet refine DATASET --scores FILE --out NEXT.yaml}: a new sweep that concentrates where the model fails. */
@Command(name = "refine", mixinStandardHelpOptions = true,
        description = {"Find where in parameter space a model fails and write a scenario whose sweep samples there: "
                + "--focus of the points jittered around failing frames (worst quartile of the error), the rest from "
                + "the original sweep's distribution. Also writes NEXT.report.txt/.json: mean error by parameter bin "
                + "and pair, and which parameters matter (one-way ANOVA, p <= 0.05)."})
final class RefineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATASET", description = "A dataset folder rendered from a scenario with a sweep.")
    Path dataset;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--eval", paramLabel = "EVAL.json",
                description = "An eval.json of `facet eval`: its per-frame scores are higher = better, the error is 1 - score.")
        Path eval;

        @Option(names = "--scores", paramLabel = "SCORES.csv",
                description = "CSV `frame,score` with score an error (higher = worse, e.g. a loss).")
        Path scores;
    }

    @Option(names = "--out", required = true, paramLabel = "NEXT.yaml", description = "The scenario file to write.")
    Path out;

    @Option(names = "--frames", paramLabel = "N", description = "Points of the new sweep (default: the dataset's frames).")
    Integer frames;

    @Option(names = "--focus", description = "Share of points near failures, 0..1 (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.8")
    double focus;

    @Option(names = "--seed", description = "Seed of the new sweep's draws (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long seed;

    @Option(names = "--bins", description = "Bins per continuous parameter in the report (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int bins;

    @Override
    public Integer call() {
        if (focus < 0 || focus > 1) {
            throw new UserError("--focus must be in [0, 1], got " + focus);
        }
        if (frames != null && frames < 1 || bins < 1) {
            throw new UserError("--frames and --bins must be at least 1");
        }
        try {
            Dataset ds = Dataset.open(dataset);
            Path file = source.eval != null ? source.eval : source.scores;
            Map<Long, Double> errors = source.eval != null ? Scores.evalJson(file) : Scores.csv(file);
            int n = frames != null ? frames : ds.frames().size();
            String report = Refiner.run(new Refiner.Request(ds, errors, file, Fingerprint.sha256(file), out, n, focus,
                    seed, bins));
            System.out.print(report);
            System.err.println("facet: wrote " + out + " (" + n + " sweep points); run it with `facet run " + out + "`");
            return 0;
        } catch (DatasetError e) {
            throw new UserError(e.getMessage());
        }
    }
}
