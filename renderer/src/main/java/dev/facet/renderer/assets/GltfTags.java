package dev.facet.renderer.assets;

import com.jme3.plugins.json.JsonArray;
import com.jme3.plugins.json.JsonElement;
import com.jme3.plugins.json.JsonObject;
import com.jme3.scene.Geometry;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.plugins.gltf.GltfLoader;
import dev.facet.engine.scene.ImageHeader;
import dev.facet.engine.scene.RenderLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * What jME's glTF loader reads but does not keep, kept as user data on each primitive's
 * geometry: the index of its glTF material ({@link #MATERIAL}) and the texture coordinate
 * set each of its textures reads ({@link #texCoordKey}, from the texture info's
 * {@code texCoord} or its {@code KHR_texture_transform}'s). Also checks every image's header
 * before jME decodes it, so an embedded image claiming a huge size is refused unread.
 */
public final class GltfTags {
    /** User data: the glTF material index of a primitive (absent: the primitive names no material). */
    public static final String MATERIAL = "facet.gltf.material";
    /** The material's texture slots, as glTF names them. */
    public static final String[] SLOTS = {"baseColorTexture", "metallicRoughnessTexture", "normalTexture",
        "occlusionTexture", "emissiveTexture"};

    private GltfTags() {
    }

    /** User-data key holding the texture coordinate set of texture slot {@code slot} (one of {@link #SLOTS}). */
    public static String texCoordKey(String slot) {
        return "facet.gltf.texCoord." + slot;
    }

    /** Tags the geometries jME made of mesh {@code meshIndex}'s primitives (one each, in order). */
    static void tag(GltfLoader loader, int meshIndex, Geometry[] geometries) {
        JsonObject doc = loader.getDocRoot();
        JsonArray primitives = doc.getAsJsonArray("meshes").get(meshIndex).getAsJsonObject().getAsJsonArray("primitives");
        JsonArray materials = doc.getAsJsonArray("materials");
        for (int i = 0; i < geometries.length && i < primitives.size(); i++) {
            JsonElement m = primitives.get(i).getAsJsonObject().get("material");
            if (m == null || materials == null) {
                continue;
            }
            int index = m.getAsInt();
            Geometry g = geometries[i];
            g.setUserData(MATERIAL, index);
            JsonObject material = materials.get(index).getAsJsonObject();
            JsonObject pbr = material.getAsJsonObject("pbrMetallicRoughness");
            for (String slot : SLOTS) {
                JsonObject owner = slot.startsWith("baseColor") || slot.startsWith("metallic") ? pbr : material;
                JsonObject info = owner == null ? null : owner.getAsJsonObject(slot);
                if (info != null) {
                    int set = texCoord(info);
                    if (set > 1) {
                        throw new ModelFileProblem("material " + index + "'s " + slot + " reads TEXCOORD_" + set
                                + ": Facet reads texture coordinate sets 0 and 1");
                    }
                    if (set == 1 && g.getMesh().getBuffer(VertexBuffer.Type.TexCoord2) == null) {
                        throw new ModelFileProblem("material " + index + "'s " + slot
                                + " reads TEXCOORD_1, which mesh " + meshIndex + " primitive " + i + " does not have");
                    }
                    g.setUserData(texCoordKey(slot), set);
                }
            }
        }
    }

    private static int texCoord(JsonObject info) {
        int set = info.has("texCoord") ? info.get("texCoord").getAsInt() : 0;
        JsonObject ext = info.getAsJsonObject("extensions");
        JsonObject transform = ext == null ? null : ext.getAsJsonObject("KHR_texture_transform");
        if (transform != null && transform.has("texCoord")) {
            set = transform.get("texCoord").getAsInt();
        }
        return set;
    }

    /** Reads the header of image {@code sourceIndex} (embedded, data URI or external file) and refuses it when too large. */
    static void checkImage(GltfLoader loader, int sourceIndex) throws IOException {
        JsonArray images = loader.getDocRoot().getAsJsonArray("images");
        if (images == null || sourceIndex < 0 || sourceIndex >= images.size()) {
            throw new ModelFileProblem("a texture names image " + sourceIndex + ", which the file does not have");
        }
        JsonObject image = images.get(sourceIndex).getAsJsonObject();
        JsonElement uri = image.get("uri");
        JsonElement view = image.get("bufferView");
        String what = "image " + sourceIndex;
        try (InputStream in = open(loader, uri == null ? null : uri.getAsString(), view)) {
            ImageHeader h = ImageHeader.read(in, false);
            if (h.width() > RenderLimits.MAX_TEXTURE_SIZE || h.height() > RenderLimits.MAX_TEXTURE_SIZE) {
                throw new IOException("it is " + h.width() + "x" + h.height());
            }
        } catch (IOException e) {
            throw new ModelFileProblem(what + (uri != null && !uri.getAsString().startsWith("data:")
                    ? " (" + uri.getAsString() + ")" : "") + ": " + e.getMessage());
        }
    }

    private static InputStream open(GltfLoader loader, String uri, JsonElement view) throws IOException {
        if (uri == null) {
            if (view == null) {
                throw new IOException("it has neither a uri nor a bufferView");
            }
            ByteBuffer b = ((ByteBuffer) loader.viewBuffer(view.getAsInt(), 0, -1, 1,
                    VertexBuffer.Format.Byte, VertexBuffer.Format.Byte)).duplicate();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return new ByteArrayInputStream(bytes);
        }
        if (uri.startsWith("data:")) {
            int comma = uri.indexOf(',');
            if (comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
                throw new IOException("a data URI that is not base64");
            }
            return new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(comma + 1)));
        }
        String folder = loader.getInfo().getKey().getFolder();
        String name = folder + java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (name.startsWith("/")) {
            Path p = Path.of(name).normalize();
            if (!Files.isRegularFile(p)) {
                throw new IOException("file not found: " + p);
            }
            return Files.newInputStream(p);
        }
        java.net.URL url = FacetAssets.resource(name);
        if (url == null) {
            throw new IOException("file not found on the class path: " + name);
        }
        return url.openStream();
    }
}
