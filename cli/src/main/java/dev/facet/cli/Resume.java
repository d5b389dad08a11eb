package dev.facet.cli;

import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The frames of a process's block that it does not render again: with {@code --resume}, those
 * whose done record exists (every exporter's part of them is in place) and that every exporter
 * still holds; without it, none. Every frame depends on its index and the run seed alone, so
 * rendering only the others completes the dataset exactly. Done records of the frames to be
 * rendered again are removed first, so the frames stop counting as done until rewritten.
 */
final class Resume {
    private final long start;
    private final BitSet kept;

    private Resume(long start, BitSet kept) {
        this.start = start;
        this.kept = kept;
    }

    static Resume scan(DatasetParts parts, RunRecord record, DatasetInfo block, List<Exporter> exporters,
                       boolean resume) throws IOException {
        FrameRange frames = block.frames();
        BitSet done = new BitSet();
        if (resume) {
            for (long k = frames.start(); k < frames.end(); k++) {
                if (parts.isDone(k, record.id())) {
                    done.set((int) (k - frames.start()));
                }
            }
        }
        LongPredicate keep = k -> frames.contains(k) && done.get((int) (k - frames.start()));
        for (Exporter e : exporters) {
            keep = e.keep(block, keep);
        }
        BitSet kept = new BitSet();
        for (long k = frames.start(); k < frames.end(); k++) {
            if (keep.test(k)) {
                kept.set((int) (k - frames.start()));
            } else {
                parts.forget(k);
            }
        }
        return new Resume(frames.start(), kept);
    }

    boolean written(long frame) {
        return kept.get((int) (frame - start));
    }

    long count() {
        return kept.cardinality();
    }
}
