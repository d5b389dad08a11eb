package dev.facet.engine.run;

/** An exporter failed on a frame; the run stopped. */
public final class ExportFailure extends RuntimeException {
    public ExportFailure(String exporter, long frame, Throwable cause) {
        super("exporter '" + exporter + "' failed on frame " + frame + ": " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
