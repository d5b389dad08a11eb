package dev.facet.exporters.io;

import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An exporter that writes into one folder of the dataset: {@link #start} makes the folder,
 * keeps the run's description and calls {@link #prepare}; {@link #info()} and
 * {@link #folder()} give them back to the other methods, and fail when the exporter was not
 * started. Whether a run can be resumed follows from the kind of {@link Output} it writes.
 */
public abstract class FolderExporter implements Exporter {

    /** How an exporter's files relate to the frames, which decides whether an interrupted run can be resumed. */
    protected enum Output {
        /** Files per frame, and run-level files rewritten whole from what every run knows: a resumed run completes them. */
        PER_FRAME,
        /** Run-level files gathered from the frames of one run: a later run cannot add the missing frames. */
        GATHERED
    }

    private final String folder;
    private final Output output;
    private volatile DatasetInfo info;

    /** @param folder the folder under the dataset root, e.g. {@code "coco"}; empty for the root itself */
    protected FolderExporter(String folder, Output output) {
        this.folder = folder;
        this.output = output;
    }

    /** True for {@link Output#PER_FRAME} output. */
    @Override
    public final boolean resumable() {
        return output == Output.PER_FRAME;
    }

    @Override
    public final void start(DatasetInfo info) throws IOException {
        Path root = info.out().resolve(folder);
        Files.createDirectories(root);
        this.info = info;
        prepare(root);
    }

    /** Called at the end of {@link #start}, with the folder made: makes what else the exporter needs in it. */
    protected void prepare(Path folder) throws IOException {
    }

    /** What the run makes, as given to {@link #start}. */
    protected final DatasetInfo info() {
        DatasetInfo run = info;
        if (run == null) {
            throw new IllegalStateException("the " + name() + " exporter was not started");
        }
        return run;
    }

    /** The exporter's folder in this run's dataset. */
    protected final Path folder() {
        return info().out().resolve(folder);
    }
}
