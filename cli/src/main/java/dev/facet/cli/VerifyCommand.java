package dev.facet.cli;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.NotADataset;
import dev.facet.inspect.verify.Verifier;
import dev.facet.inspect.verify.VerifyReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facet verify DATASET}: checks that the dataset's files, labels and exporter outputs agree. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a dataset against itself: every file of its modalities present, decoding and of the "
                + "right size; meta boxes, pixel counts and semantic labels against the instance pixels; an analytic "
                + "ray-cast audit of instance and depth for primitive shapes; coco, yolo, bop, webdataset and depth16 "
                + "outputs against the core files.",
                "Exit 0 when everything holds, 1 when a check fails, 2 for a usage mistake."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATASET", description = "A dataset folder written by `facet run`.")
    Path dataset;

    @Option(names = "--json", description = "Print a machine-readable report.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Dataset opened;
        try {
            opened = Dataset.open(dataset);
        } catch (NotADataset e) {
            throw new UserError(e.getMessage());
        }
        VerifyReport report = Verifier.verify(opened);
        System.out.print(json ? report.json().toPrettyString() + "\n" : report.text());
        return report.passed() ? 0 : 1;
    }
}
