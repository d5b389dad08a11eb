package dev.facet.engine.run;

/** Hears about a run's progress; called from worker threads. */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    default void frameWritten(long frame) {
    }
}
