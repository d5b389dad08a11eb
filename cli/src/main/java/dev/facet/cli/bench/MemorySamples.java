package dev.facet.cli.bench;

import dev.facet.engine.run.RunListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resident memory early in a run (once 5% of its frames are written) and at its end: flat
 * when nothing grows with run length.
 */
final class MemorySamples implements RunListener {
    private final Results results;
    private final long early;
    private final AtomicLong written = new AtomicLong();

    MemorySamples(Results results, long frames) {
        this.results = results;
        this.early = Math.max(1, frames / 20);
    }

    @Override
    public void frameWritten(long frame) {
        if (written.incrementAndGet() == early) {
            results.put("rss_mb_at_5pct", Memory.rssMb());
            results.put("live_heap_mb_at_5pct", Memory.liveHeapMb());
        }
    }

    /** Takes the samples of the run's end. */
    void atEnd() {
        results.put("rss_mb_at_end", Memory.rssMb());
        results.put("live_heap_mb_at_end", Memory.liveHeapMb());
    }
}
