package dev.facet.exporters.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.facet.engine.Frame;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.NpyWriter;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The core dataset writer: {@code rgb/}, {@code instance/}, {@code semantic/}, {@code depth/}
 * and {@code meta/} per frame, and {@code dataset.json} at the end, exactly as the dataset
 * format describes. Each file is written atomically; a frame's meta file is renamed into
 * place last, so a frame exists once its meta file does. {@link #write} is thread-safe.
 */
public final class CoreExporter implements Exporter {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final int pngLevel;
    private final boolean fsync;
    private final ThreadLocal<PngEncoder> encoders;
    private volatile DatasetInfo info;

    /** Fast PNG compression, no fsync: what the service loader creates. */
    public CoreExporter() {
        this(PngEncoder.DEFAULT_LEVEL, false);
    }

    /**
     * @param pngLevel deflate level for the PNG files, 0..9
     * @param fsync force each file to disk before renaming it into place
     */
    public CoreExporter(int pngLevel, boolean fsync) {
        this.pngLevel = pngLevel;
        this.fsync = fsync;
        new PngEncoder(pngLevel);  // reject a bad level now rather than on a worker thread
        this.encoders = ThreadLocal.withInitial(() -> new PngEncoder(this.pngLevel));
    }

    @Override
    public String name() {
        return "core";
    }

    @Override
    public String description() {
        return "rgb/, instance/, semantic/, depth/, meta/ and dataset.json: the dataset itself (always runs)";
    }

    @Override
    public void start(DatasetInfo info) throws IOException {
        for (String folder : CoreLayout.FOLDERS) {
            Files.createDirectories(info.out().resolve(folder));
        }
        this.info = info;
    }

    @Override
    public void write(Frame frame) throws IOException {
        DatasetInfo run = started();
        Path out = run.out();
        long k = frame.index();
        RenderedFrame px = frame.pixels();
        int w = px.width();
        int h = px.height();
        Path meta = CoreLayout.meta(out, k);
        // a frame being rewritten stops existing until its new meta file is in place
        Files.deleteIfExists(meta);
        List<Path> written = new ArrayList<>(5);
        try {
            PngEncoder png = encoders.get();
            put(written, CoreLayout.rgb(out, k), o -> png.writeRgb8(o, w, h, px.rgb()));
            put(written, CoreLayout.instance(out, k), o -> png.writeGray16(o, w, h, px.instance()));
            put(written, CoreLayout.semantic(out, k), o -> png.writeGray16(o, w, h, frame.semantic()));
            put(written, CoreLayout.depth(out, k), o -> NpyWriter.writeFloat32(o, h, w, px.depth()));
            put(written, meta, o -> {
                try (JsonGenerator g = JSON.createGenerator(o)) {
                    g.useDefaultPrettyPrinter();
                    FrameMeta.write(g, frame);
                }
            });
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    @Override
    public void finish(long framesWritten) throws IOException {
        DatasetInfo run = started();
        long framesPresent = CoreLayout.countFrames(run.out());
        DatasetManifest manifest = DatasetManifest.of(run, framesWritten, framesPresent);
        AtomicFiles.write(run.out().resolve(CoreLayout.MANIFEST),
                o -> JSON.writeValue(o, manifest.toMap()), fsync);
    }

    private void put(List<Path> written, Path target, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(target, content, fsync);
        written.add(target);
    }

    private DatasetInfo started() {
        DatasetInfo run = info;
        if (run == null) {
            throw new IllegalStateException("the core exporter was not started");
        }
        return run;
    }
}
