package dev.facet.engine.run;

import dev.facet.engine.spi.Exporter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides when a frame is done: every exporter's write returned, and every exporter that
 * batches frames reported the frame's part in place. Then, and only then, the listener hears
 * of it (and may record the frame as done).
 */
final class FrameCompletion {
    private final RunListener listener;
    private final int batching;
    private final Map<Long, AtomicInteger> waiting = new ConcurrentHashMap<>();

    FrameCompletion(List<Exporter> exporters, RunListener listener) {
        this.listener = listener;
        this.batching = (int) exporters.stream().filter(Exporter::batchesFrames).count();
        for (Exporter e : exporters) {
            if (e.batchesFrames()) {
                e.onPlaced(this::placed);
            }
        }
    }

    /** Every exporter's write of {@code frame} returned. */
    void written(long frame) {
        countDown(frame);
    }

    /** A batching exporter put {@code frame}'s part in place. */
    void placed(long frame) {
        countDown(frame);
    }

    private void countDown(long frame) {
        AtomicInteger left = waiting.computeIfAbsent(frame, k -> new AtomicInteger(1 + batching));
        if (left.decrementAndGet() == 0) {
            waiting.remove(frame);
            listener.frameWritten(frame);
        }
    }
}
