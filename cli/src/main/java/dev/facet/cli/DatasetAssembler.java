package dev.facet.cli;

import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.registry.Exporters;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a dataset's run-level files from its parts: every exporter's {@link Exporter#assemble},
 * core's last, so {@code dataset.json} appears once everything else is in place.
 */
final class DatasetAssembler {
    private DatasetAssembler() {
    }

    static void assemble(List<Exporter> exporters, DatasetInfo info, long[] frames) throws IOException {
        RunLevelLock.holding(info.out(), () -> {
            assembleHeld(exporters, info, frames);
            return null;
        });
    }

    private static void assembleHeld(List<Exporter> exporters, DatasetInfo info, long[] frames) throws IOException {
        Assembly assembly = new Assembly(info, frames);
        Exporter core = null;
        for (Exporter e : exporters) {
            if (e.name().equals(Exporters.CORE)) {
                core = e;
            } else {
                e.assemble(assembly);
            }
        }
        if (core != null) {
            core.assemble(assembly);
        }
    }

    /**
     * After a shard finished: when every shard of its layout has a complete record and every
     * frame of the range is done, assembles the dataset and returns true.
     */
    static boolean ifComplete(DatasetParts parts, RunRecord record, Shard shard, FrameRange range,
                              List<Exporter> exporters) throws IOException {
        Set<Integer> finished = new HashSet<>();
        for (ShardRecord r : parts.shardRecords()) {
            if (r.shard().count() == shard.count() && r.range().equals(range) && r.run().equals(record.id())
                    && r.complete()) {
                finished.add(r.shard().index());
            }
        }
        if (finished.size() < shard.count()) {
            return false;
        }
        long[] frames = parts.doneFrames(range, record.id());
        if (frames.length != range.count()) {
            return false;
        }
        assemble(exporters, record.info(parts.out(), range), frames);
        return true;
    }
}
