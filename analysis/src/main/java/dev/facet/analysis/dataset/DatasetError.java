package dev.facet.analysis.dataset;

import dev.facet.engine.spi.UserMistake;

/**
 * A mistake in what the user handed to an analysis command: a dataset folder, a predictions
 * file or a scores file that is missing or malformed. Its message says where (a file, a
 * file:line:column, or a JSON path into the file) and what was expected.
 */
public final class DatasetError extends RuntimeException implements UserMistake {
    public DatasetError(String message) {
        super(message);
    }
}
