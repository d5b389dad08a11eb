package dev.facet.engine.spi;

import dev.facet.engine.Frame;
import java.io.IOException;

/**
 * Writes finished frames somewhere. Lifecycle: {@link #start} once, {@link #write} once
 * per frame (from worker threads, possibly concurrently, in any order), {@link #finish}
 * once after the last write returned. Files appear under their final names only when
 * complete. The frame's pixel and semantic buffers are reused for a later frame once
 * {@link #write} returns: copy what must outlive the call.
 */
public interface Exporter {

    /** Short name used on the command line, e.g. "core" or "coco". */
    String name();

    void start(DatasetInfo info) throws IOException;

    void write(Frame frame) throws IOException;

    /** Called after every frame was written; {@code framesWritten} counts this run's frames. */
    void finish(long framesWritten) throws IOException;
}
