package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.NotADataset;
import dev.facet.inspect.view.ReportServer;
import dev.facet.inspect.view.ReportWriter;
import dev.facet.inspect.view.ViewOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code facet view DATASET}: an HTML report of a dataset, written to disk or served on 127.0.0.1. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report of a dataset (grid of frames, overlays, filters, charts), "
                + "or serve it on 127.0.0.1 with --serve.")
final class ViewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATASET", description = "A dataset folder written by `facet run`.")
    Path dataset;

    @Option(names = "--out", paramLabel = "FILE",
            description = "HTML file to write (default: DATASET/report.html); its pictures go to FILE's name + _files/.")
    Path out;

    @Option(names = "--serve", paramLabel = "PORT", arity = "0..1", fallbackValue = "0",
            description = "Serve the report on 127.0.0.1 instead of writing it (PORT 0 or none: a free port).")
    Integer port;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
            description = "Show N evenly spread frames in the grid (default: every frame).")
    int sample;

    @Option(names = "--eval", paramLabel = "EVAL.json", description = "An evaluation (from `facet eval`) to plot by slice.")
    Path eval;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (sample < 0) {
            throw new UserError("--sample must not be negative, got " + sample);
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new UserError("--serve PORT must be in 0..65535, got " + port);
        }
        Dataset opened;
        try {
            opened = Dataset.open(dataset);
        } catch (NotADataset e) {
            throw new UserError(e.getMessage());
        }
        ViewOptions options = new ViewOptions(sample, readEval());
        if (port != null) {
            return serve(opened, options);
        }
        Path target = out != null ? out : opened.root().resolve("report.html");
        int frames = ReportWriter.write(opened, target, options);
        System.err.println("facet: wrote " + target + " (" + frames + " frames, pictures in "
                + ReportWriter.filesFolder(target) + "/)");
        return 0;
    }

    private int serve(Dataset opened, ViewOptions options) throws IOException, InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        ReportServer server = ReportServer.start(opened, port, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.println("facet: serving " + opened.root() + " at " + server.url() + " (Ctrl-C stops)");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private JsonNode readEval() {
        if (eval == null) {
            return null;
        }
        if (!Files.isRegularFile(eval)) {
            throw new UserError("--eval " + eval + " does not exist");
        }
        try {
            JsonNode doc = new ObjectMapper().readTree(eval.toFile());
            if (doc == null || !doc.isObject() || !doc.path("slices").isArray()) {
                throw new UserError("--eval " + eval + " is not an eval.json (an object with slices)");
            }
            return doc;
        } catch (IOException e) {
            throw new UserError("--eval " + eval + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
