package dev.facet.cli;

import dev.facet.engine.run.RunListener;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One process's share of a dataset, from the parts' point of view: it holds the shard's lock,
 * has removed what killed processes left half-written, records the run (or checked that the
 * parts already there come from the same run), writes each frame's done record once the frame
 * is done, and at the end the shard's record; the shard that finds every shard record in place
 * assembles the dataset.
 */
final class ShardRun implements AutoCloseable {
    private final DatasetParts parts;
    private final Shard shard;
    private final FrameRange block;
    private final RunRecord record;
    private final RunLock lock;

    private ShardRun(DatasetParts parts, Shard shard, FrameRange block, RunRecord record, RunLock lock) {
        this.parts = parts;
        this.shard = shard;
        this.block = block;
        this.record = record;
        this.lock = lock;
    }

    static ShardRun begin(DatasetParts parts, Shard shard, FrameRange block, RunRecord record, String what,
                          PrintStream err) throws IOException {
        RunLock lock = RunLock.take(parts, shard, err);
        try {
            parts.checkAgrees(record, what);
            RunLevelLock.holding(parts.out(), () -> {
                Temporaries.clean(parts.out(), block, shard);
                parts.prepare();
                if (parts.run() == null) {
                    parts.writeRun(record);
                }
                return null;
            });
            java.nio.file.Files.deleteIfExists(parts.shardRecord(shard));
            return new ShardRun(parts, shard, block, record, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    DatasetParts parts() {
        return parts;
    }

    /** Hears of done frames: writes the frame's done record, then tells {@code progress}. */
    RunListener listener(RunListener progress) {
        String id = record.id();
        return frame -> {
            try {
                parts.markDone(frame, id);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record frame " + frame + " as done: " + e.getMessage(), e);
            }
            progress.frameWritten(frame);
        };
    }

    /** Writes the shard's record and, when it is the last shard to finish, assembles the dataset. */
    boolean finish(FrameRange range, List<Exporter> exporters) throws IOException {
        parts.write(ShardRecord.of(parts, shard, range, block, record.id()));
        return DatasetAssembler.ifComplete(parts, record, shard, range, exporters);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
