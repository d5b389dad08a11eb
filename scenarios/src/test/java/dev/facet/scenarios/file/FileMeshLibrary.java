package dev.facet.scenarios.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.GlbHeader;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.check.AssetBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.joml.Vector3d;

/**
 * A {@link MeshLibrary} that reads only what scenario loading needs, without a renderer:
 * that the file is there and parses, and its bounds (and, for OBJ, its triangles: each face
 * fanned from its first corner). OBJ: the {@code v} lines; glTF 2.0
 * (.gltf, .glb): the min/max every POSITION accessor must carry (node transforms are not
 * applied). For this module's tests, which cannot depend on the renderer; the facet command
 * uses the renderer's jME-backed library.
 */
public final class FileMeshLibrary implements MeshLibrary {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Shape.Mesh load(String source) throws IOException {
        byte[] bytes = AssetBytes.read(source);
        String lower = source.toLowerCase(Locale.ROOT);
        double[] b;
        if (lower.endsWith(".obj")) {
            b = obj(new String(bytes, StandardCharsets.UTF_8));
        } else if (lower.endsWith(".gltf")) {
            b = gltf(JSON.readTree(bytes));
        } else if (lower.endsWith(".glb")) {
            GlbHeader.check(new ByteArrayInputStream(bytes));
            b = gltf(glbJson(bytes));
        } else {
            throw new IOException("not a mesh file (.obj, .gltf, .glb)");
        }
        return new Shape.Mesh(source, new Vector3d(b[0], b[1], b[2]), new Vector3d(b[3], b[4], b[5]));
    }

    /** An OBJ file's faces as triangles (fans), x, y, z of three corners each; glTF is not read this far. */
    @Override
    public float[] triangles(String source) throws IOException {
        if (!source.toLowerCase(Locale.ROOT).endsWith(".obj")) {
            throw new IOException("this test library reads triangles of OBJ files only: " + source);
        }
        java.util.List<float[]> vertices = new java.util.ArrayList<>();
        java.util.List<Float> out = new java.util.ArrayList<>();
        for (String l : new String(AssetBytes.read(source), StandardCharsets.UTF_8).split("\n")) {
            String[] p = l.strip().split("\\s+");
            if (p[0].equals("v")) {
                vertices.add(new float[] {Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3])});
            } else if (p[0].equals("f")) {
                for (int c = 2; c + 1 < p.length; c++) {
                    for (String corner : new String[] {p[1], p[c], p[c + 1]}) {
                        int i = Integer.parseInt(corner.split("/")[0]);
                        for (float x : vertices.get(i > 0 ? i - 1 : vertices.size() + i)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static double[] empty() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
                -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    private static void include(double[] b, double x, double y, double z) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.min(b[2], z);
        b[3] = Math.max(b[3], x);
        b[4] = Math.max(b[4], y);
        b[5] = Math.max(b[5], z);
    }

    static double[] obj(String text) throws IOException {
        double[] b = empty();
        int faces = 0;
        int vertices = 0;
        int line = 0;
        for (String l : text.split("\n")) {
            line++;
            String s = l.strip();
            try {
                if (s.startsWith("v ")) {
                    String[] p = s.split("\\s+");
                    include(b, Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]));
                    vertices++;
                } else if (s.startsWith("f ")) {
                    faces++;
                    for (String corner : s.substring(2).strip().split("\\s+")) {
                        long index = Long.parseLong(corner.split("/")[0]);
                        if (index == 0 || Math.abs(index) > vertices) {
                            throw new IOException("face on line " + line + " names vertex " + index + " of " + vertices);
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("bad vertex on line " + line + " of the OBJ file");
            }
        }
        if (b[0] > b[3] || faces == 0) {
            throw new IOException("an OBJ file with no vertices or no faces");
        }
        return b;
    }

    static JsonNode glbJson(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 20 || buf.getInt(0) != 0x46546C67) {
            throw new IOException("not a binary glTF file (bad magic)");
        }
        int length = buf.getInt(12);
        if (buf.getInt(16) != 0x4E4F534A || 20 + length > bytes.length) {
            throw new IOException("binary glTF without a JSON chunk");
        }
        return JSON.readTree(new String(bytes, 20, length, StandardCharsets.UTF_8));
    }

    static double[] gltf(JsonNode root) throws IOException {
        double[] b = empty();
        JsonNode accessors = root.path("accessors");
        for (JsonNode mesh : root.path("meshes")) {
            for (JsonNode prim : mesh.path("primitives")) {
                JsonNode pos = prim.path("attributes").path("POSITION");
                if (!pos.isInt()) {
                    continue;
                }
                JsonNode acc = accessors.path(pos.asInt());
                JsonNode min = acc.path("min");
                JsonNode max = acc.path("max");
                if (min.size() != 3 || max.size() != 3) {
                    throw new IOException("glTF POSITION accessor without min/max");
                }
                include(b, min.get(0).asDouble(), min.get(1).asDouble(), min.get(2).asDouble());
                include(b, max.get(0).asDouble(), max.get(1).asDouble(), max.get(2).asDouble());
            }
        }
        if (b[0] > b[3]) {
            throw new IOException("a glTF file with no mesh positions");
        }
        return b;
    }
}
