package dev.facet.scenarios.check;

import dev.facet.engine.scene.AssetSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the bytes of an asset named by an absolute path or a class-path source ({@link AssetSource}). */
public final class AssetBytes {
    private AssetBytes() {
    }

    public static byte[] read(String source) throws IOException {
        if (AssetSource.onClassPath(source)) {
            try (InputStream in = AssetBytes.class.getClassLoader().getResourceAsStream(AssetSource.resource(source))) {
                if (in == null) {
                    throw new NoSuchFileException("no such resource on the classpath");
                }
                return in.readAllBytes();
            }
        }
        Path p = Path.of(source);
        if (!Files.exists(p)) {
            throw new NoSuchFileException("no such file");
        }
        if (!Files.isRegularFile(p)) {
            throw new IOException("not a regular file");
        }
        if (!Files.isReadable(p)) {
            throw new IOException("not readable");
        }
        return Files.readAllBytes(p);
    }
}
