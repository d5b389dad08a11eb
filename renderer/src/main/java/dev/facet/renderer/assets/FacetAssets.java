package dev.facet.renderer.assets;

import com.jme3.asset.AssetInfo;
import com.jme3.asset.AssetKey;
import com.jme3.asset.AssetLocator;
import com.jme3.asset.AssetManager;
import com.jme3.asset.DesktopAssetManager;
import com.jme3.asset.plugins.UrlAssetInfo;
import com.jme3.material.plugins.J3MLoader;
import com.jme3.scene.plugins.OBJLoader;
import com.jme3.scene.plugins.gltf.BinLoader;
import com.jme3.shader.plugins.GLSLLoader;
import com.jme3.texture.plugins.AWTLoader;
import com.jme3.texture.plugins.HDRLoader;
import dev.facet.engine.scene.AssetSource;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The jME asset manager Facet uses, and how scene records name files. A source is either
 * an absolute file path ({@code /data/chair.glb}) or a resource on the class path
 * ({@code classpath:/models/chair.obj}); files next to a model (an OBJ's .mtl, a .gltf's
 * .bin) are found relative to it the same way. Nothing here needs a GL context.
 */
public final class FacetAssets {
    private FacetAssets() {
    }

    /** An asset manager with only the locators and loaders Facet uses (so no optional plug-in is looked for). */
    public static AssetManager create() {
        AssetManager assets = new DesktopAssetManager(false);
        assets.registerLocator("/", SourceLocator.class);
        assets.registerLoader(J3MLoader.class, "j3m", "j3md");
        assets.registerLoader(GLSLLoader.class, "vert", "frag", "geom", "tsctrl", "tseval", "glsl", "glsllib");
        assets.registerLoader(OBJLoader.class, "obj");
        assets.registerLoader(FacetMtlLoader.class, "mtl");
        assets.registerLoader(FacetGltfLoader.class, "gltf");
        assets.registerLoader(FacetGlbLoader.class, "glb");
        assets.registerLoader(BinLoader.class, "bin");
        assets.registerLoader(AWTLoader.class, "png", "jpg", "jpeg");
        assets.registerLoader(HDRLoader.class, "hdr");
        return assets;
    }

    /**
     * The asset-manager name of {@code source}: an absolute path keeps its leading slash,
     * a class-path resource loses its {@code classpath:/} prefix.
     *
     * @throws IOException when {@code source} is neither, or names nothing that exists
     */
    public static String keyName(String source) throws IOException {
        if (source == null || source.isBlank()) {
            throw new IOException("no file given");
        }
        if (AssetSource.onClassPath(source)) {
            String name = AssetSource.resource(source);
            if (resource(name) == null) {
                throw new IOException("file not found on the class path: " + source);
            }
            return name;
        }
        Path path = Path.of(source);
        if (!path.isAbsolute()) {
            throw new IOException("not an absolute path (nor classpath:/...): " + source);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("file not found: " + source);
        }
        if (!Files.isReadable(path)) {
            throw new IOException("file not readable: " + source);
        }
        return path.normalize().toString();
    }

    /** Lower-case file name extension of {@code source}, without the dot; empty when none. */
    public static String extension(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static URL resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(name);
        return url != null ? url : FacetAssets.class.getClassLoader().getResource(name);
    }

    /**
     * Names that start with a slash are absolute files, all others class-path resources
     * (jME's own {@code Common/...} assets and Facet's {@code facet/...} included). Unlike
     * jME's FileLocator it accepts paths through symbolic links.
     */
    public static final class SourceLocator implements AssetLocator {
        @Override
        public void setRootPath(String rootPath) {
        }

        @Override
        public AssetInfo locate(AssetManager manager, AssetKey key) {
            String name = key.getName();
            if (name.startsWith("/")) {
                File file = new File(name);
                if (!file.isFile()) {
                    return null;
                }
                return new AssetInfo(manager, key) {
                    @Override
                    public InputStream openStream() {
                        try {
                            return new FileInputStream(file);
                        } catch (IOException e) {
                            throw new com.jme3.asset.AssetLoadException("cannot open " + file, e);
                        }
                    }
                };
            }
            URL url = resource(name);
            if (url == null) {
                return null;
            }
            try {
                return UrlAssetInfo.create(manager, key, url);
            } catch (IOException e) {
                throw new com.jme3.asset.AssetLoadException("cannot open class-path resource " + name, e);
            }
        }
    }
}
