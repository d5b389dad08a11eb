package dev.facet.cli;

import dev.facet.engine.run.RunListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a live bar with frames/s and ETA on a terminal, plain lines every
 * few seconds otherwise (logs, CI, batch jobs).
 */
abstract class Progress implements RunListener, AutoCloseable {

    /** Set to "machine" in a worker of {@link WorkerPool}: one line per written frame, for the parent to count. */
    static final String VARIABLE = "FACET_PROGRESS";
    static final String MACHINE = "machine";
    static final String TOTAL_LINE = "facet-progress: total ";
    static final String FRAME_LINE = "facet-progress: frame ";

    static Progress on(PrintStream err, long total, boolean terminal) {
        if (MACHINE.equals(System.getenv(VARIABLE))) {
            return new Machine(err, total);
        }
        return terminal ? new Bar(err, total) : new Lines(err, total);
    }

    @Override
    public abstract void close();

    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(PrintStream err, long total) {
            bar = new ProgressBarBuilder()
                    .setTaskName("frames")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .showSpeed()
                    .setUnit(" frames", 1)
                    .setUpdateIntervalMillis(250)
                    .build();
        }

        @Override
        public void frameWritten(long frame) {
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line with the total, then one line per written frame. */
    private static final class Machine extends Progress {
        private final PrintStream err;

        Machine(PrintStream err, long total) {
            this.err = err;
            err.println(TOTAL_LINE + total);
        }

        @Override
        public void frameWritten(long frame) {
            err.println(FRAME_LINE + frame);
        }

        @Override
        public void close() {
        }
    }

    private static final class Lines extends Progress {
        private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();
        private final PrintStream err;
        private final long total;
        private final long start = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong lastPrint = new AtomicLong(System.nanoTime());

        Lines(PrintStream err, long total) {
            this.err = err;
            this.total = total;
        }

        @Override
        public void frameWritten(long frame) {
            long n = done.incrementAndGet();
            long now = System.nanoTime();
            long last = lastPrint.get();
            if (now - last >= EVERY_NANOS && lastPrint.compareAndSet(last, now)) {
                double seconds = (now - start) / 1e9;
                double rate = n / seconds;
                long eta = Math.round((total - n) / Math.max(rate, 1e-9));
                err.printf("facet: %d/%d frames, %.1f frames/s, ETA %d:%02d%n", n, total, rate, eta / 60, eta % 60);
            }
        }

        @Override
        public void close() {
        }
    }
}
