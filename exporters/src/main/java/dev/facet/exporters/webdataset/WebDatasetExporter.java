package dev.facet.exporters.webdataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.core.FrameMeta;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.NpyWriter;
import dev.facet.exporters.io.PngEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Tar shards for streaming training ({@code shards/facet-000000.tar}, ...): per frame the
 * members {@code NNNNNN.rgb.png}, {@code .instance.png}, {@code .semantic.png},
 * {@code .depth.npy} and {@code .json} (the meta document), byte for byte the core files.
 * A shard holds whole frames, in the order they finished, and is closed before it would
 * grow past {@code shard_size_mb} (a single larger frame gets a shard of its own). A shard
 * is written under a temporary name and renamed when closed.
 */
public final class WebDatasetExporter implements Exporter {
    static final String FOLDER = "shards";
    static final double DEFAULT_SHARD_MB = 256;
    private static final long END_OF_ARCHIVE = 10240;  // two zero records, padded to the tar block

    private final ThreadLocal<PngEncoder> encoders = ThreadLocal.withInitial(PngEncoder::new);
    private long shardBytes = (long) (DEFAULT_SHARD_MB * 1024 * 1024);
    private volatile DatasetInfo info;
    // guarded by this
    private AtomicFiles.Pending shard;
    private TarArchiveOutputStream tar;
    private long shardUsed;
    private int shardIndex;

    @Override
    public String name() {
        return "webdataset";
    }

    @Override
    public String description() {
        return "shards/facet-NNNNNN.tar: size-bounded tar shards of whole frames for the webdataset library";
    }

    @Override
    public List<ExporterOption> options() {
        return List.of(new ExporterOption("shard_size_mb", ExporterOption.Type.NUMBER, DEFAULT_SHARD_MB,
                "largest shard size in MiB"));
    }

    @Override
    public void configure(ExporterOptions options) {
        double mb = options.number("shard_size_mb");
        if (!(mb > 0) || mb > 1e7) {
            throw new IllegalArgumentException("option shard_size_mb must be a positive number of MiB up to 1e7, got " + mb);
        }
        shardBytes = Math.max(1, (long) (mb * 1024 * 1024));
    }

    @Override
    public void start(DatasetInfo info) throws IOException {
        Files.createDirectories(info.out().resolve(FOLDER));
        this.info = info;
    }

    @Override
    public void write(Frame frame) throws IOException {
        FrameSample sample = sample(frame);  // encode outside the lock
        synchronized (this) {
            long needed = sample.bytes();
            if (tar != null && shardUsed + needed + END_OF_ARCHIVE > shardBytes) {
                closeShard();
            }
            if (tar == null) {
                openShard();
            }
            for (Map.Entry<String, byte[]> m : sample.members().entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(sample.key() + "." + m.getKey());
                entry.setSize(m.getValue().length);
                entry.setModTime(0);  // same frame, same bytes
                tar.putArchiveEntry(entry);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
            shardUsed += needed;
        }
    }

    FrameSample sample(Frame frame) throws IOException {
        Path out = info.out();
        long k = frame.index();
        RenderedFrame px = frame.pixels();
        PngEncoder png = encoders.get();
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("rgb.png", coreFileOr(CoreLayout.rgb(out, k), () -> png.encodeRgb8(px.width(), px.height(), px.rgb())));
        members.put("instance.png", coreFileOr(CoreLayout.instance(out, k),
                () -> png.encodeGray16(px.width(), px.height(), px.instance())));
        members.put("semantic.png", coreFileOr(CoreLayout.semantic(out, k),
                () -> png.encodeGray16(px.width(), px.height(), frame.semantic())));
        members.put("depth.npy", coreFileOr(CoreLayout.depth(out, k),
                () -> NpyWriter.encodeFloat32(px.height(), px.width(), px.depth())));
        members.put("json", coreFileOr(CoreLayout.meta(out, k), () -> meta(frame)));
        return new FrameSample(CoreLayout.stem(k), members);
    }

    @FunctionalInterface
    private interface Encoding {
        byte[] encode() throws IOException;
    }

    /** The core exporter ran first for this frame: reuse its file; encode only when it is missing. */
    private static byte[] coreFileOr(Path coreFile, Encoding encoding) throws IOException {
        try {
            return Files.readAllBytes(coreFile);
        } catch (java.nio.file.NoSuchFileException e) {
            return encoding.encode();
        }
    }

    private static byte[] meta(Frame frame) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            FrameMeta.write(g, frame);
        }
        return bytes.toByteArray();
    }

    private void openShard() throws IOException {
        Path target = info.out().resolve(FOLDER).resolve(String.format("facet-%06d.tar", shardIndex++));
        shard = AtomicFiles.open(target);
        OutputStream stream = shard.stream();
        tar = new TarArchiveOutputStream(stream);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        shardUsed = 0;
    }

    private void closeShard() throws IOException {
        tar.finish();
        tar.flush();
        shard.commit();
        tar = null;
        shard = null;
    }

    @Override
    public synchronized void finish(long framesWritten) throws IOException {
        if (tar != null) {
            closeShard();
        }
    }

    @Override
    public synchronized void abort() {
        if (shard != null) {
            shard.discard();
            shard = null;
            tar = null;
        }
    }
}
