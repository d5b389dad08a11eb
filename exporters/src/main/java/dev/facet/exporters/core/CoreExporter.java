package dev.facet.exporters.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.NpyWriter;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The core dataset writer: {@code rgb/}, {@code instance/}, {@code semantic/}, {@code depth/}
 * and {@code meta/} per frame, and {@code dataset.json} at the end, exactly as the dataset
 * format describes. Each file is written atomically; a frame's meta file is renamed into
 * place last, so a frame exists once its meta file does. {@link #write} is thread-safe.
 */
public final class CoreExporter implements Exporter {
    /** The per-pixel modalities the core exporter can write; meta is always written. */
    public static final List<String> MODALITIES = List.of(CoreLayout.RGB, CoreLayout.INSTANCE, CoreLayout.SEMANTIC,
            CoreLayout.DEPTH);
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private int pngLevel;
    private final boolean fsync;
    private final ThreadLocal<PngEncoder> encoders;
    private Set<String> outputs = Set.copyOf(MODALITIES);
    private List<String> skipped = List.of();
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
        PngEncoder.checkLevel(pngLevel);  // reject a bad level now rather than on a worker thread
        this.encoders = ThreadLocal.withInitial(() -> new PngEncoder(this.pngLevel));  // made on first write, after configure
    }

    /** Per-frame files, and run-level files rewritten whole: a resumed run completes them. */
    @Override
    public boolean resumable() {
        return true;
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
    public List<ExporterOption> options() {
        return List.of(
                new ExporterOption("outputs", ExporterOption.Type.TEXT_LIST, MODALITIES,
                        "modalities to write, comma-separated, from rgb,instance,semantic,depth (meta always)"),
                new ExporterOption("png_level", ExporterOption.Type.INTEGER, (long) PngEncoder.DEFAULT_LEVEL,
                        "deflate level of the PNG files, 0 (none, fastest) .. 9 (smallest)"));
    }

    @Override
    public void configure(ExporterOptions options) {
        if (options.given("outputs")) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String n : options.texts("outputs")) {
                if (!MODALITIES.contains(n)) {
                    throw new IllegalArgumentException("core outputs: unknown modality '" + n + "'; expected some of "
                            + String.join(",", MODALITIES));
                }
                chosen.add(n);
            }
            outputs = Set.copyOf(chosen);
            skipped = MODALITIES.stream().filter(m -> !outputs.contains(m)).toList();
        }
        if (options.given("png_level")) {
            long level = options.integer("png_level");
            if (level < 0 || level > 9) {
                throw new IllegalArgumentException("option png_level must be an integer in 0..9, got " + level);
            }
            pngLevel = (int) level;
        }
    }

    /** The modalities this run writes (rgb, instance, semantic, depth), meta aside. */
    public Set<String> outputs() {
        return outputs;
    }

    @Override
    public void start(DatasetInfo info) throws IOException {
        Files.createDirectories(info.out().resolve(CoreLayout.META));
        for (String folder : outputs) {
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
        // a frame being rewritten stops existing until its new meta file is in place, and keeps
        // no file of a modality this run leaves out (it would show an earlier run's frame)
        Files.deleteIfExists(meta);
        for (String modality : skipped) {
            Files.deleteIfExists(CoreLayout.file(modality, out, k));
        }
        List<Path> written = new ArrayList<>(5);
        try {
            PngEncoder png = encoders.get();
            if (outputs.contains(CoreLayout.RGB)) {
                put(written, CoreLayout.rgb(out, k), o -> png.writeRgb8(o, w, h, px.rgb()));
            }
            if (outputs.contains(CoreLayout.INSTANCE)) {
                put(written, CoreLayout.instance(out, k), o -> png.writeGray16(o, w, h, px.instance()));
            }
            if (outputs.contains(CoreLayout.SEMANTIC)) {
                put(written, CoreLayout.semantic(out, k), o -> png.writeGray16(o, w, h, frame.semantic()));
            }
            if (outputs.contains(CoreLayout.DEPTH)) {
                put(written, CoreLayout.depth(out, k), o -> NpyWriter.writeFloat32(o, h, w, px.depth()));
            }
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
        DatasetManifest manifest = new DatasetManifest(run, framesPresent, outputs);
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
