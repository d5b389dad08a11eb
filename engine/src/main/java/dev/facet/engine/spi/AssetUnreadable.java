package dev.facet.engine.spi;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An asset a frame picked (from an asset folder, loaded only when first drawn) that cannot be
 * read: a mistake in the user's files, so the command exits with code 2 naming the file.
 * {@code facet validate} loads every asset a scenario can pick and finds these before a run.
 */
public final class AssetUnreadable extends UncheckedIOException implements UserMistake {
    public AssetUnreadable(String message, IOException cause) {
        super(message, cause);
    }
}
