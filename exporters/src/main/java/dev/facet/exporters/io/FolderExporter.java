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
 * started. {@link #folderIn} names the folder in any dataset, for assembling without a start.
 */
public abstract class FolderExporter implements Exporter {
    private final String folder;
    private volatile DatasetInfo info;

    /** @param folder the folder under the dataset root, e.g. {@code "coco"}; empty for the root itself */
    protected FolderExporter(String folder) {
        this.folder = folder;
    }

    @Override
    public final void start(DatasetInfo info) throws IOException {
        Path root = folderIn(info.out());
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
        return folderIn(info().out());
    }

    /** The exporter's folder in the dataset at {@code out}. */
    protected final Path folderIn(Path out) {
        return out.resolve(folder);
    }
}
