package dev.facet.engine.scene;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How scenes name asset files (meshes, textures, environment and background images): an
 * absolute file path, or a class-path resource written {@code classpath:/folder/file}.
 */
public final class AssetSource {
    /** The prefix of a class-path resource. */
    public static final String CLASSPATH = "classpath:";
    /** File name endings of the mesh formats Facet reads: glTF 2.0 and OBJ. */
    public static final java.util.List<String> MESH_EXTENSIONS = java.util.List.of("gltf", "glb", "obj");

    private AssetSource() {
    }

    public static boolean onClassPath(String source) {
        return source.startsWith(CLASSPATH);
    }

    /** The resource path of a class-path source, without the prefix and leading slashes. */
    public static String resource(String source) {
        return source.substring(CLASSPATH.length()).replaceFirst("^/+", "");
    }

    /** True when the name ends in a mesh extension (any case). */
    public static boolean isMesh(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MESH_EXTENSIONS.stream().anyMatch(ext -> lower.endsWith("." + ext));
    }

    /**
     * Opens {@code source} for reading, buffered: a class-path resource, or a regular,
     * readable file (not a folder).
     *
     * @throws NoSuchFileException when there is nothing by that name
     * @throws IOException when it is not a regular file or cannot be read
     */
    public static InputStream open(String source) throws IOException {
        if (onClassPath(source)) {
            InputStream in = AssetSource.class.getClassLoader().getResourceAsStream(resource(source));
            if (in == null) {
                throw new NoSuchFileException("no such resource on the classpath");
            }
            return new BufferedInputStream(in);
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
        return new BufferedInputStream(Files.newInputStream(p));
    }
}
