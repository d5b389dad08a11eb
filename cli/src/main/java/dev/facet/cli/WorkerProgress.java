package dev.facet.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The one progress bar of a {@link WorkerPool}: each worker first reports how many frames
 * it will render, then one line per frame. The bar starts once every worker has reported
 * (or ended); frames counted before that are added when it starts.
 */
final class WorkerProgress {
    private final PrintStream err;
    private final CountDownLatch reports;
    private final Set<WorkerProcess> reported = new HashSet<>();
    private long total;
    private long frames;
    private long pending;
    private Progress bar;

    WorkerProgress(PrintStream err, int workers) {
        this.err = err;
        this.reports = new CountDownLatch(workers);
    }

    synchronized void reported(WorkerProcess w, long frames) {
        if (reported.add(w)) {
            total += frames;
            reports.countDown();
        }
    }

    /** The worker ended; if it never reported a total, it counts as zero. */
    synchronized void reportedNothing(WorkerProcess w) {
        reported(w, 0);
    }

    synchronized void frame() {
        frames++;
        if (bar == null) {
            pending++;
        } else {
            bar.frameWritten(frames);
        }
    }

    void startWhenAllReported() throws InterruptedException {
        reports.await();
        synchronized (this) {
            bar = Progress.on(err, total, System.console() != null);
            for (long k = frames - pending; k < frames; k++) {
                bar.frameWritten(k + 1);
            }
            pending = 0;
        }
    }

    /** Closes the bar and returns the frames the workers wrote. */
    synchronized long close() {
        if (bar != null) {
            bar.close();
        }
        return frames;
    }
}
