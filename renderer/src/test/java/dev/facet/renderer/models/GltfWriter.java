package dev.facet.renderer.models;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small glTF 2.0 writer for test assets: float and index accessors in one binary buffer,
 * PNG images (in the buffer, as data URIs or as files beside the model), materials and
 * nodes given as JSON text. Writes .gltf (buffer as a data URI) or .glb.
 */
public final class GltfWriter {
    /** Where an image's bytes go. */
    public enum ImageStore { BUFFER, DATA_URI, FILE }

    private final ByteArrayOutputStream bin = new ByteArrayOutputStream();
    private final List<String> views = new ArrayList<>();
    private final List<String> accessors = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> textures = new ArrayList<>();
    private final List<String> materials = new ArrayList<>();
    private final List<String> meshes = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<String> roots = new ArrayList<>();
    private final List<String> extensions = new ArrayList<>();
    private final List<String[]> files = new ArrayList<>();
    private final List<byte[]> fileBytes = new ArrayList<>();

    private int view(byte[] bytes, Integer target) {
        while (bin.size() % 4 != 0) {
            bin.write(0);
        }
        int offset = bin.size();
        bin.writeBytes(bytes);
        views.add("{\"buffer\":0,\"byteOffset\":" + offset + ",\"byteLength\":" + bytes.length
                + (target != null ? ",\"target\":" + target : "") + "}");
        return views.size() - 1;
    }

    /** A float accessor of {@code type} (VEC2, VEC3, VEC4); its index. */
    public int floats(String type, float[] values) {
        int components = switch (type) { case "VEC2" -> 2; case "VEC3" -> 3; case "VEC4" -> 4; default -> 1; };
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        float[] min = new float[components];
        float[] max = new float[components];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < values.length; i++) {
            b.putFloat(values[i]);
            min[i % components] = Math.min(min[i % components], values[i]);
            max[i % components] = Math.max(max[i % components], values[i]);
        }
        int v = view(b.array(), 34962);
        accessors.add("{\"bufferView\":" + v + ",\"componentType\":5126,\"count\":" + values.length / components
                + ",\"type\":\"" + type + "\",\"min\":" + list(min) + ",\"max\":" + list(max) + "}");
        return accessors.size() - 1;
    }

    /** An unsigned-short index accessor; its index. */
    public int indices(int... idx) {
        ByteBuffer b = ByteBuffer.allocate(2 * idx.length + (idx.length % 2) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i : idx) {
            b.putShort((short) i);
        }
        int v = view(b.array(), 34963);
        accessors.add("{\"bufferView\":" + v + ",\"componentType\":5123,\"count\":" + idx.length + ",\"type\":\"SCALAR\"}");
        return accessors.size() - 1;
    }

    /** A PNG image and a texture sampling it with nearest filtering (and repeat); the texture's index. */
    public int texture(BufferedImage img, ImageStore store, String fileName) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] bytes = png.toByteArray();
        switch (store) {
            case BUFFER -> images.add("{\"bufferView\":" + view(bytes, null) + ",\"mimeType\":\"image/png\"}");
            case DATA_URI -> images.add("{\"uri\":\"data:image/png;base64," + Base64.getEncoder().encodeToString(bytes) + "\"}");
            case FILE -> {
                images.add("{\"uri\":\"" + fileName + "\"}");
                files.add(new String[] {fileName});
                fileBytes.add(bytes);
            }
        }
        textures.add("{\"source\":" + (images.size() - 1) + ",\"sampler\":0}");
        return textures.size() - 1;
    }

    /** A material given as its JSON object; its index. */
    public int material(String json) {
        materials.add(json);
        return materials.size() - 1;
    }

    /** Declares an extension the file uses. */
    public void uses(String extension) {
        extensions.add("\"" + extension + "\"");
    }

    /** A mesh of primitives, each given as its JSON object; its index. */
    public int mesh(String... primitives) {
        meshes.add("{\"primitives\":[" + String.join(",", primitives) + "]}");
        return meshes.size() - 1;
    }

    /** A node given as JSON fields (without braces), e.g. {@code "mesh":0,"translation":[0,1,0]}; its index. */
    public int node(String fields, boolean root) {
        nodes.add("{" + fields + "}");
        if (root) {
            roots.add(String.valueOf(nodes.size() - 1));
        }
        return nodes.size() - 1;
    }

    /** A quad's primitive: 4 corners (top left, top right, bottom right, bottom left, seen from +z), glTF UVs, normal +z; {@code material} or -1. */
    public String quad(float[] corners, float[] uv, int material, float[] uv1) {
        return quad(corners, uv, material, uv1, false);
    }

    /** As above; {@code away}: wound and with normals so that its front faces -z. */
    public String quad(float[] corners, float[] uv, int material, float[] uv1, boolean away) {
        return quad(corners, uv, material, uv1, away, null);
    }

    /** As above, with vertex colours (RGBA per corner) when {@code colors} is not null. */
    public String quad(float[] corners, float[] uv, int material, float[] uv1, boolean away, float[] colors) {
        int pos = floats("VEC3", corners);
        float z = away ? -1 : 1;
        int nrm = floats("VEC3", new float[] {0, 0, z, 0, 0, z, 0, 0, z, 0, 0, z});
        int tc = floats("VEC2", uv);
        String attrs = "\"POSITION\":" + pos + ",\"NORMAL\":" + nrm + ",\"TEXCOORD_0\":" + tc;
        if (uv1 != null) {
            attrs += ",\"TEXCOORD_1\":" + floats("VEC2", uv1);
        }
        if (colors != null) {
            attrs += ",\"COLOR_0\":" + floats("VEC4", colors);
        }
        int idx = away ? indices(0, 1, 2, 0, 2, 3) : indices(0, 3, 2, 0, 2, 1);  // counter-clockwise seen from +z
        return "{\"attributes\":{" + attrs + "},\"indices\":" + idx + (material >= 0 ? ",\"material\":" + material : "") + "}";
    }

    private String json(String bufferUri) {
        StringBuilder s = new StringBuilder("{\"asset\":{\"version\":\"2.0\",\"generator\":\"facet test GltfWriter\"}");
        if (!extensions.isEmpty()) {
            s.append(",\"extensionsUsed\":[").append(String.join(",", extensions)).append("]");
        }
        s.append(",\"scene\":0,\"scenes\":[{\"nodes\":[").append(String.join(",", roots)).append("]}]");
        s.append(",\"nodes\":[").append(String.join(",", nodes)).append("]");
        s.append(",\"meshes\":[").append(String.join(",", meshes)).append("]");
        if (!materials.isEmpty()) {
            s.append(",\"materials\":[").append(String.join(",", materials)).append("]");
        }
        if (!images.isEmpty()) {
            s.append(",\"images\":[").append(String.join(",", images)).append("]");
            s.append(",\"textures\":[").append(String.join(",", textures)).append("]");
            s.append(",\"samplers\":[{\"magFilter\":9728,\"minFilter\":9728,\"wrapS\":10497,\"wrapT\":10497}]");
        }
        s.append(",\"buffers\":[{\"byteLength\":").append(bin.size())
                .append(bufferUri != null ? ",\"uri\":\"" + bufferUri + "\"" : "").append("}]");
        s.append(",\"bufferViews\":[").append(String.join(",", views)).append("]");
        s.append(",\"accessors\":[").append(String.join(",", accessors)).append("]}");
        return s.toString();
    }

    /** Writes {@code path} (.gltf or .glb) and any image files beside it. */
    public Path write(Path path) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            Files.write(path.resolveSibling(files.get(i)[0]), fileBytes.get(i));
        }
        if (path.toString().endsWith(".gltf")) {
            Files.writeString(path, json("data:application/octet-stream;base64,"
                    + Base64.getEncoder().encodeToString(bin.toByteArray())));
            return path;
        }
        byte[] j = pad(json(null).getBytes(StandardCharsets.UTF_8), (byte) ' ');
        byte[] b = pad(bin.toByteArray(), (byte) 0);
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + j.length + 8 + b.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(out.capacity());
        out.putInt(j.length).putInt(0x4E4F534A).put(j);
        out.putInt(b.length).putInt(0x004E4942).put(b);
        Files.write(path, out.array());
        return path;
    }

    private static byte[] pad(byte[] a, byte with) {
        byte[] p = java.util.Arrays.copyOf(a, (a.length + 3) / 4 * 4);
        java.util.Arrays.fill(p, a.length, p.length, with);
        return p;
    }

    private static String list(float[] v) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            s.append(i > 0 ? "," : "").append(v[i]);
        }
        return s.append("]").toString();
    }
}
