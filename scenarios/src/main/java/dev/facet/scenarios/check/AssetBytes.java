package dev.facet.scenarios.check;

import dev.facet.engine.scene.AssetSource;
import java.io.IOException;
import java.io.InputStream;

/** Reads the bytes of an asset named by an absolute path or a class-path source ({@link AssetSource}). */
public final class AssetBytes {
    private AssetBytes() {
    }

    /** All of the asset's bytes; see {@link AssetSource#open} for what it refuses. */
    public static byte[] read(String source) throws IOException {
        try (InputStream in = AssetSource.open(source)) {
            return in.readAllBytes();
        }
    }
}
