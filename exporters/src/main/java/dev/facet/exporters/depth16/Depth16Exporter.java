package dev.facet.exporters.depth16;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code depth16/NNNNNN.png}: z-depth as a 16-bit grayscale PNG in millimetres, for tools that
 * do not read NPY. 0 = no surface; depths beyond 65.535 m are clamped to 65535.
 */
public final class Depth16Exporter implements Exporter {
    static final String FOLDER = "depth16";
    /** The largest value a 16-bit sample holds: depths from 65.535 m on read as this. */
    public static final int MAX_MM = 0xFFFF;

    private final ThreadLocal<PngEncoder> encoders = ThreadLocal.withInitial(PngEncoder::new);
    private volatile DatasetInfo info;

    /** Per-frame files, and run-level files rewritten whole: a resumed run completes them. */
    @Override
    public boolean resumable() {
        return true;
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
    public void start(DatasetInfo info) throws IOException {
        Files.createDirectories(info.out().resolve(FOLDER));
        this.info = info;
    }

    @Override
    public void write(Frame frame) throws IOException {
        RenderedFrame px = frame.pixels();
        int[] mm = millimetres(px.depth(), 1.0);
        AtomicFiles.write(info.out().resolve(FOLDER).resolve(CoreLayout.stem(frame.index()) + ".png"),
                o -> encoders.get().writeGray16(o, px.width(), px.height(), mm));
    }

    /**
     * Depth in metres to 16-bit samples of {@code unitMm} millimetres each: round(d * 1000 / unitMm),
     * clamped to 0..65535; no surface (0, or not a finite positive number) stays 0.
     */
    public static int[] millimetres(float[] depth, double unitMm) {
        int[] out = new int[depth.length];
        double scale = 1000.0 / unitMm;
        for (int i = 0; i < depth.length; i++) {
            float d = depth[i];
            if (d > 0 && Float.isFinite(d)) {
                out[i] = (int) Math.min(MAX_MM, Math.round(d * scale));
            }
        }
        return out;
    }

    @Override
    public void finish(long framesWritten) {
    }
}
