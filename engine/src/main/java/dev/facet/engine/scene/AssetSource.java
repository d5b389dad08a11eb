package dev.facet.engine.scene;

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
}
