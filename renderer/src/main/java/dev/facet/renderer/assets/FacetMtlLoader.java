package dev.facet.renderer.assets;

import com.jme3.asset.AssetNotFoundException;
import com.jme3.asset.TextureKey;
import com.jme3.scene.plugins.MTLLoader;
import com.jme3.texture.Texture;
import dev.facet.engine.scene.ImageHeader;
import dev.facet.engine.scene.RenderLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * jME's MTL loader with Facet's texture look-up: a map's path is read relative to the .mtl's
 * folder as written (sub-folders and {@code ..} kept, not only the file name as jME does),
 * then as the bare file name beside the .mtl, then in {@code ../materials/textures/} (the
 * layout of Google Scanned Objects). A texture found nowhere is an error naming it, never
 * jME's placeholder image; its header is read first, so a huge or broken image is refused
 * before it is decoded.
 */
public class FacetMtlLoader extends MTLLoader {
    @Override
    protected Texture loadTexture(String path) {
        String[] split = path.trim().split("\\p{javaWhitespace}+");
        String written = split[split.length - 1].replace('\\', '/');
        String file = written.substring(written.lastIndexOf('/') + 1);
        List<String> tried = new ArrayList<>();
        for (String candidate : new String[] {written, file, "../materials/textures/" + file}) {
            String name = normalise(folderName + candidate);
            if (tried.contains(name)) {
                continue;
            }
            tried.add(name);
            if (!exists(name)) {
                continue;
            }
            checkHeader(name, written);
            TextureKey key = new TextureKey(name);
            key.setGenerateMips(true);
            try {
                Texture t = assetManager.loadTexture(key);
                t.setWrap(Texture.WrapMode.Repeat);
                return t;
            } catch (AssetNotFoundException e) {
                break;
            } finally {
                assetManager.deleteFromCache(key);
            }
        }
        throw new ModelFileProblem("texture " + written + " of " + mtlName() + " not found (looked as written, by its"
                + " name beside the .mtl, and in ../materials/textures/)");
    }

    private void checkHeader(String name, String written) {
        try (InputStream in = assetManager.locateAsset(new TextureKey(name)).openStream()) {
            ImageHeader h = ImageHeader.read(in, false);
            if (h.width() > RenderLimits.MAX_TEXTURE_SIZE || h.height() > RenderLimits.MAX_TEXTURE_SIZE) {
                throw new IOException("it is " + h.width() + "x" + h.height());
            }
        } catch (IOException e) {
            throw new ModelFileProblem("texture " + written + " of " + mtlName() + ": " + e.getMessage());
        }
    }

    /** Whether {@code name} names a file (absolute) or a class-path resource, asked without jME's warnings. */
    private static boolean exists(String name) {
        return name.startsWith("/") ? java.nio.file.Files.isRegularFile(java.nio.file.Path.of(name))
                : FacetAssets.resource(name) != null;
    }

    private String mtlName() {
        String n = key.getName();
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** {@code a/b/../c} as {@code a/c}; a leading slash stays. */
    static String normalise(String name) {
        boolean absolute = name.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String p : name.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return (absolute ? "/" : "") + String.join("/", parts);
    }
}
