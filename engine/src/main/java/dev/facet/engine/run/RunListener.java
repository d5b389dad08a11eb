package dev.facet.engine.run;

/** Hears about a run's progress; called from worker threads. */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = frame -> { };

    /** Frame {@code frame} is done: every exporter wrote it and every part of it is in place. */
    void frameWritten(long frame);
}
