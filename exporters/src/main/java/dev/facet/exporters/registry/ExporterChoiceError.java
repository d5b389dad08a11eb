package dev.facet.exporters.registry;

/**
 * A mistake in choosing or configuring exporters (unknown name, unknown option, bad value):
 * the user's fault, reported as one line before anything is written.
 */
public final class ExporterChoiceError extends IllegalArgumentException implements dev.facet.engine.spi.UserMistake {
    public ExporterChoiceError(String message) {
        super(message);
    }
}
