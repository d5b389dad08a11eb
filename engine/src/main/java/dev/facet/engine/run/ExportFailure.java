package dev.facet.engine.run;

import dev.facet.engine.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An exporter failed on a frame; the run stopped. */
public final class ExportFailure extends RuntimeException {
    public ExportFailure(String exporter, long frame, Throwable cause) {
        super("exporter '" + exporter + "' failed on frame " + frame + ": " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            return IoErrors.describe(u);
        }
        if (t instanceof IOException io) {
            return IoErrors.describe(io);
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
