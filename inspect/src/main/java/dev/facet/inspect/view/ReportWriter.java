package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report to disk: {@code NAME.html} and, beside it, {@code NAME_files/NNNNNN/} with
 * the pictures of each frame in the grid. Writes nothing outside the report's folder.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** The folder of pictures beside a report file: {@code report.html} has {@code report_files}. */
    public static String filesFolder(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "_files";
    }

    /** Writes the report; returns the number of frames in its grid. */
    public static int write(Dataset dataset, Path report, ViewOptions options) throws IOException {
        Path target = report.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        String files = filesFolder(target);
        List<Long> frames = FrameSample.of(dataset.frames(), options.sample());
        for (long frame : frames) {
            FrameImages.save(dataset, frame, folder.resolve(files).resolve(Layout.stem(frame)));
        }
        ObjectNode model = ReportModel.of(dataset, frames, files, options.eval(), false);
        Files.writeString(target, ReportPage.html(model, title(dataset)), StandardCharsets.UTF_8);
        return frames.size();
    }

    static String title(Dataset dataset) {
        return "Facet dataset " + dataset.root().getFileName() + " (" + dataset.scenarioName() + ", "
                + dataset.frames().size() + " frames)";
    }
}
