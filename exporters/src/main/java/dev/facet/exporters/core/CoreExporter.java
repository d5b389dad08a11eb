package dev.facet.exporters.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.FrameMeta;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The core dataset writer: {@code rgb/}, {@code instance/}, {@code semantic/}, {@code depth/}
 * and {@code meta/} per frame, and {@code dataset.json} when the dataset is assembled, exactly as
 * the dataset format describes. Each file is written atomically; a frame's meta file (its part)
 * is renamed into place last. {@link #write} is thread-safe.
 */
public final class CoreExporter extends FolderExporter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private int pngLevel;
    private final boolean fsync;
    private Set<Modality> outputs = EnumSet.copyOf(Modality.STANDARD);
    private Set<Modality> skipped = EnumSet.noneOf(Modality.class);

    /** Fast PNG compression, no fsync: what the service loader creates. */
    public CoreExporter() {
        this(PngEncoder.DEFAULT_LEVEL, false);
    }

    /**
     * @param pngLevel deflate level for the PNG files, 0..9
     * @param fsync force each file to disk before renaming it into place
     */
    public CoreExporter(int pngLevel, boolean fsync) {
        super("");
        PngEncoder.checkLevel(pngLevel);  // reject a bad level now rather than on a worker thread
        this.pngLevel = pngLevel;
        this.fsync = fsync;
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
                new ExporterOption("outputs", ExporterOption.Type.TEXT_LIST, Modality.STANDARD_NAMES,
                        "modalities to write, comma-separated, from " + String.join(",", Modality.NAMES)
                                + " (meta always; flow brings flow_valid)"),
                new ExporterOption("png_level", ExporterOption.Type.INTEGER, (long) PngEncoder.DEFAULT_LEVEL,
                        "deflate level of the PNG files, 0 (none, fastest) .. 9 (smallest)"));
    }

    /** The chosen outputs that are optional layers. */
    @Override
    public Set<Modality> layers() {
        Set<Modality> layers = EnumSet.copyOf(outputs);
        layers.removeAll(Modality.STANDARD);
        return layers;
    }

    @Override
    public void configure(ExporterOptions options) {
        if (options.given("outputs")) {
            Set<Modality> chosen = EnumSet.noneOf(Modality.class);
            for (String n : options.texts("outputs")) {
                chosen.add(Modality.named(n).orElseThrow(() -> new IllegalArgumentException("core outputs: unknown modality '"
                        + n + "'; expected some of " + String.join(",", Modality.NAMES))));
            }
            if (chosen.contains(Modality.FLOW)) {
                chosen.add(Modality.FLOW_VALID);  // flow is never written without its validity
            }
            outputs = chosen;
            skipped = EnumSet.complementOf(EnumSet.copyOf(chosen));
        }
        if (options.given("png_level")) {
            long level = options.integer("png_level");
            if (level < 0 || level > 9) {
                throw new IllegalArgumentException("option png_level must be an integer in 0..9, got " + level);
            }
            pngLevel = (int) level;
        }
    }

    @Override
    protected void prepare(Path out) throws IOException {
        Files.createDirectories(out.resolve(CoreLayout.META));
        for (Modality modality : outputs) {
            Files.createDirectories(out.resolve(modality.id()));
        }
    }

    @Override
    public void write(Frame frame) throws IOException {
        Path out = folder();
        long k = frame.index();
        Path meta = CoreLayout.meta(out, k);
        // a frame being rewritten stops existing until its new meta file is in place, and keeps
        // no file of a modality this run leaves out (it would show an earlier run's frame)
        Files.deleteIfExists(meta);
        for (Modality modality : skipped) {
            Files.deleteIfExists(CoreLayout.file(modality, out, k));
        }
        List<Path> written = new ArrayList<>(5);
        try {
            for (Modality modality : outputs) {  // in contract order
                put(written, CoreLayout.file(modality, out, k), FrameImages.of(modality, frame, pngLevel));
            }
            put(written, meta, FrameMeta.json(frame));
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

    /** Writes {@code dataset.json}: the dataset's frames are those of the assembly. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        Path out = folderIn(assembly.info().out());
        DatasetManifest manifest = new DatasetManifest(assembly.info(), assembly.frames(), outputs);
        AtomicFiles.write(out.resolve(CoreLayout.MANIFEST), o -> JSON.writeValue(o, manifest.toMap()), fsync);
    }

    private void put(List<Path> written, Path target, byte[] content) throws IOException {
        AtomicFiles.write(target, content, fsync);
        written.add(target);
    }
}
