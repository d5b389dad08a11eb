package dev.facet.scenarios.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an asset named by an absolute path or a {@code classpath:/...} string. */
public final class Sources {
    public static final String CLASSPATH = "classpath:";

    private Sources() {
    }

    public static byte[] read(String source) throws IOException {
        if (source.startsWith(CLASSPATH)) {
            String name = source.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            try (InputStream in = Sources.class.getClassLoader().getResourceAsStream(name)) {
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
