package dev.facet.inspect.dataset;

import dev.facet.engine.spi.UserMistake;

/** The folder given is not a Facet dataset: no readable {@code dataset.json} and {@code meta/} folder. */
public final class NotADataset extends RuntimeException implements UserMistake {
    public NotADataset(String message) {
        super(message);
    }
}
