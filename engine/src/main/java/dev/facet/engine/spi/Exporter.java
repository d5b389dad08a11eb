package dev.facet.engine.spi;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * Writes finished frames somewhere. Exporters are plug-ins found with
 * {@link java.util.ServiceLoader}; each run gets fresh instances.
 *
 * <p><b>A dataset is made of parts.</b> A run may cover only some frames of a dataset (a shard,
 * a resumed run, a retry) and another process may write the others, so an exporter keeps no
 * state that matters between frames in memory. {@link #write} puts the frame's files and the
 * frame's <em>part</em> in place: a complete file, written atomically (under a temporary name,
 * then renamed) next to the frame's files, that holds what the run-level files need of that
 * frame (e.g. {@code coco/parts/NNNNNN.json}). {@link #assemble} builds the run-level files
 * (e.g. {@code coco/annotations.json}) from the parts on disk, whoever wrote them; it is called
 * when the last part of the dataset is in place and again by {@code facet merge}, and must give
 * the same bytes however the frames were split over processes. An exporter that gathers frames
 * into a per-process part (a tar of many frames) says so with {@link #batchesFrames} and tells
 * the run through {@link #onPlaced} when a frame's part is in place.
 *
 * <p>Lifecycle of one process: {@link #configure} once with the options the user gave (keys
 * are always among {@link #options()}), {@link #start} once, {@link #write} once per frame
 * (from worker threads, possibly concurrently, in any order unless {@link #inFrameOrder};
 * for one frame the exporters run one after another, {@code core} first), then either
 * {@link #finish} once after the last write returned, or {@link #abort} once when the run
 * failed. A frame counts as done (and a resumed run skips it) only when every exporter's part
 * of it is in place. The frame's pixel and semantic buffers are reused for a later frame once
 * {@link #write} returns: copy what must outlive the call.
 */
public interface Exporter {

    /** Short name used on the command line and in scenario files, e.g. "core" or "coco". */
    String name();

    /** One line saying what this exporter writes, shown by {@code facet exporters}. */
    default String description() {
        return "";
    }

    /**
     * The optional per-pixel layers ({@link PixelLayers}) this exporter needs in each frame, as
     * configured; the run asks the renderer for the union over its exporters. The default is none.
     */
    default java.util.Set<Modality> layers() {
        return java.util.Set.of();
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
     * True when {@link #write} must see this process's frames in increasing frame order, one at
     * a time (e.g. to append them to a tar in frame order). The run keeps that order at the cost
     * of some waiting; the default is false.
     */
    default boolean inFrameOrder() {
        return false;
    }

    /**
     * True when a frame's part is in place only some time after {@link #write} returns (frames
     * are batched into a per-process part). Such an exporter reports each frame to the consumer
     * given to {@link #onPlaced} once its part is in place (at the latest in {@link #finish}).
     */
    default boolean batchesFrames() {
        return false;
    }

    /** Before {@link #start}, for an exporter that {@link #batchesFrames}: where to report placed frames. */
    default void onPlaced(LongConsumer placed) {
    }

    /**
     * Before {@link #start}: the frames of the block {@code info.frames()} that are done already
     * and will not be written again ({@code done}; none for a run that is not resumed). The
     * exporter removes the parts it holds of the other frames of the block, when they could
     * otherwise stay beside the new ones (e.g. a batch holding frames to be rewritten), and
     * returns the done frames it still holds; the run writes the others again. The default
     * keeps every done frame.
     */
    default LongPredicate keep(DatasetInfo info, LongPredicate done) throws IOException {
        return done;
    }

    /**
     * Prepares this process's writing. {@code info.frames()} is the block of frames this
     * process may write; a resumed run writes only those of them not done yet.
     */
    void start(DatasetInfo info) throws IOException;

    /** Writes the frame's files and its part, each atomically. */
    void write(Frame frame) throws IOException;

    /**
     * Called after every frame of this process was written: completes this process's parts
     * (e.g. closes a batch). Run-level files are not written here but in {@link #assemble}.
     * {@code framesWritten} counts this process's frames.
     */
    default void finish(long framesWritten) throws IOException {
    }

    /**
     * Builds this exporter's run-level files from the parts on disk of the frames
     * {@code assembly.frames()}, in frame order. It may run in another process than the writes
     * (after {@link #configure} with the same options, without {@link #start}), twice, or while
     * another process still writes parts of other frames; each run-level file is written
     * atomically. The default writes nothing (an exporter with per-frame files only).
     */
    default void assemble(Assembly assembly) throws IOException {
    }

    /**
     * Called instead of {@link #finish} when the run stopped on a failure (this exporter's
     * or another's), after every write returned: delete temporary files, leave complete ones.
     */
    default void abort() {
    }
}
