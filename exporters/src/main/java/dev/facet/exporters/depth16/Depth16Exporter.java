package dev.facet.exporters.depth16;

import dev.facet.engine.spi.Frame;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import java.io.IOException;

/**
 * {@code depth16/NNNNNN.png}: z-depth as a 16-bit grayscale PNG in millimetres, for tools that
 * do not read NPY. 0 = no surface; depths beyond 65.535 m are clamped to 65535.
 */
public final class Depth16Exporter extends FolderExporter {

    public Depth16Exporter() {
        super("depth16");
    }

    @Override
    public String name() {
        return "depth16";
    }

    @Override
    public String description() {
        return "depth16/: depth as 16-bit PNG in millimetres (0 = no surface, clamped at 65535)";
    }

    @Override
    public void write(Frame frame) throws IOException {
        AtomicFiles.write(folder().resolve(DatasetLayout.stem(frame.index()) + ".png"), FrameImages.depthPng(frame, 1.0));
    }
}
