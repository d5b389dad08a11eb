package dev.facet.exporters.webdataset;

import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.FrameMeta;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Tar shards for streaming training ({@code shards/facet-000000.tar}, ...): per frame the
 * members {@code NNNNNN.rgb.png}, {@code .instance.png}, {@code .semantic.png},
 * {@code .depth.npy} and {@code .json} (the meta document), byte for byte the core files
 * of the default settings (the frame's shared encodings, see {@link FrameImages}).
 * A shard holds whole frames, in the order they finished, and is closed before it would
 * grow past {@code shard_size_mb} (a single larger frame gets a shard of its own). A shard
 * is written under a temporary name and renamed when closed.
 */
public final class WebDatasetExporter extends FolderExporter {
    static final double DEFAULT_SHARD_MB = 256;
    private static final long END_OF_ARCHIVE = 10240;  // two zero records, padded to the tar block

    private long shardBytes = (long) (DEFAULT_SHARD_MB * 1024 * 1024);
    // guarded by this
    private AtomicFiles.Pending shard;
    private TarArchiveOutputStream tar;
    private long shardUsed;
    private int shardIndex;

    public WebDatasetExporter() {
        super("shards", Output.GATHERED);
    }

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

    /** The frame's members, from the encodings it shares with the other exporters. */
    static FrameSample sample(Frame frame) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (Modality modality : Modality.values()) {  // rgb.png, instance.png, semantic.png, depth.npy
            members.put(modality.id() + DatasetLayout.extension(modality),
                    FrameImages.of(modality, frame, PngEncoder.DEFAULT_LEVEL));
        }
        members.put("json", FrameMeta.json(frame));
        return new FrameSample(DatasetLayout.stem(frame.index()), members);
    }

    private void openShard() throws IOException {
        Path target = folder().resolve(String.format("facet-%06d.tar", shardIndex++));
        shard = AtomicFiles.open(target);
        tar = new TarArchiveOutputStream(shard.stream());
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
