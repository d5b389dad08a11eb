package dev.facet.exporters.webdataset;

import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.FrameMeta;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * Tar shards for streaming training: per frame the members {@code NNNNNN.rgb.png},
 * {@code .instance.png}, {@code .semantic.png}, {@code .depth.npy}, the optional layers the run
 * makes (e.g. {@code .depth_noisy.npy} when the core outputs include it) and {@code .json} (the meta
 * document), byte for byte the core files of the default settings (the frame's shared
 * encodings, see {@link FrameImages}). A process appends its frames in frame order to
 * {@code shards/facet-FFFFFF.tar}, FFFFFF being the tar's first frame (so tars of different
 * processes never collide), and closes a tar before it would grow past {@code shard_size_mb}
 * (a single larger frame gets a tar of its own). A tar is written under a temporary name and
 * renamed when closed; its record {@code shards/parts/facet-FFFFFF.json} (its part) follows, and
 * only then are its frames in place. {@code shards/index.json} is assembled from the records.
 */
public final class WebDatasetExporter extends FolderExporter {
    static final double DEFAULT_SHARD_MB = 256;

    private long shardBytes = (long) (DEFAULT_SHARD_MB * 1024 * 1024);
    private LongConsumer placed = k -> { };
    private TarBatch tar;  // guarded by this

    public WebDatasetExporter() {
        super("shards");
    }

    @Override
    public String name() {
        return "webdataset";
    }

    @Override
    public String description() {
        return "shards/facet-FFFFFF.tar: size-bounded tar shards of whole frames, in frame order, for the webdataset library";
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
    public boolean inFrameOrder() {
        return true;
    }

    @Override
    public boolean batchesFrames() {
        return true;
    }

    @Override
    public void onPlaced(LongConsumer placed) {
        this.placed = placed;
    }

    /** Keeps the tars of the block whose frames are all done; removes the others and leftover tars. */
    @Override
    public LongPredicate keep(DatasetInfo info, LongPredicate done) throws IOException {
        return TarFolder.keep(folderIn(info.out()), info.frames(), done);
    }

    @Override
    protected void prepare(Path folder) throws IOException {
        Files.createDirectories(folder.resolve(Parts.FOLDER));
    }

    @Override
    public void write(Frame frame) throws IOException {
        FrameSample sample = sample(frame);  // encode outside the lock
        synchronized (this) {
            long needed = sample.bytes();
            if (tar != null && tar.used() + needed + TarBatch.END_OF_ARCHIVE > shardBytes) {
                close();
            }
            if (tar == null) {
                tar = new TarBatch(folder().resolve(String.format("facet-%s.tar", sample.key())));
            }
            tar.add(frame.index(), sample);
        }
    }

    /** The frame's members, from the encodings it shares with the other exporters. */
    static FrameSample sample(Frame frame) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (Modality modality : Modality.STANDARD) {  // rgb.png, instance.png, semantic.png, depth.npy
            members.put(modality.id() + DatasetLayout.extension(modality),
                    FrameImages.of(modality, frame, PngEncoder.DEFAULT_LEVEL));
        }
        // the optional layers the run made (core outputs such as normals or flow, amodal masks), in contract order
        for (Modality modality : Modality.values()) {
            if (!modality.standard() && frame.pixels().layers().has(modality)) {
                members.put(modality.id() + DatasetLayout.extension(modality),
                        FrameImages.of(modality, frame, PngEncoder.DEFAULT_LEVEL));
            }
        }
        members.put("json", FrameMeta.json(frame));
        return new FrameSample(DatasetLayout.stem(frame.index()), members);
    }

    private void close() throws IOException {
        TarBatch closing = tar;
        tar = null;
        TarRecord record = closing.commit();
        record.write(folder());
        for (long k : record.frames()) {
            placed.accept(k);
        }
    }

    @Override
    public synchronized void finish(long framesWritten) throws IOException {
        if (tar != null) {
            close();
        }
    }

    /** Writes {@code shards/index.json}: every tar of the assembled frames, by first frame. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        TarFolder.writeIndex(folderIn(assembly.info().out()), assembly);
    }

    @Override
    public synchronized void abort() {
        if (tar != null) {
            tar.discard();
            tar = null;
        }
    }
}
