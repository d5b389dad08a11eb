package dev.facet.engine.run;

/** Hears about a run's progress; called from worker threads. */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = frame -> { };

    /** Frame {@code frame} has been written by every exporter. */
    void frameWritten(long frame);
}
