package dev.facet.engine.spi;

import java.io.IOException;
import java.util.List;

/**
 * Writes finished frames somewhere. Exporters are plug-ins found with
 * {@link java.util.ServiceLoader}; each run gets fresh instances.
 *
 * <p>Lifecycle: {@link #configure} once with the options the user gave (keys are always
 * among {@link #options()}), {@link #start} once, {@link #write} once per frame (from worker
 * threads, possibly concurrently, in any order; for one frame the exporters run one after
 * another, {@code core} first), then either {@link #finish} once after the last write
 * returned, or {@link #abort} once when the run failed. Files appear under their final
 * names only when complete. The frame's pixel and semantic buffers are reused for a later
 * frame once {@link #write} returns: copy what must outlive the call.
 */
public interface Exporter {

    /** Short name used on the command line and in scenario files, e.g. "core" or "coco". */
    String name();

    /** One line saying what this exporter writes, shown by {@code facet exporters}. */
    default String description() {
        return "";
    }

    /** The options this exporter accepts. Options not listed here are refused before the run starts. */
    default List<ExporterOption> options() {
        return List.of();
    }

    /**
     * Receives this run's option values, before {@link #start}: one for each of
     * {@link #options()}, converted to its type, the default where the user gave none.
     *
     * @throws IllegalArgumentException when a value is out of range; its message names the
     *         option and what is allowed, and is shown to the user as is
     */
    default void configure(ExporterOptions options) {
    }

    /**
     * True when a run interrupted part-way can be completed by a later run that writes only
     * the missing frames ({@code facet run --resume}): the exporter's output is per frame, or
     * its run-level files are rewritten whole from what every run knows. False (the default)
     * for exporters that gather all frames into run-level files.
     */
    default boolean resumable() {
        return false;
    }

    void start(DatasetInfo info) throws IOException;

    void write(Frame frame) throws IOException;

    /** Called after every frame was written; {@code framesWritten} counts this run's frames. */
    void finish(long framesWritten) throws IOException;

    /**
     * Called instead of {@link #finish} when the run stopped on a failure (this exporter's
     * or another's), after every write returned: delete temporary files, leave complete ones.
     */
    default void abort() {
    }
}
