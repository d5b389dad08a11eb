package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.Matrix3f;
import com.jme3.math.Matrix4f;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;
import com.jme3.util.BufferUtils;
import com.jme3.util.mikktspace.MikktspaceTangentGenerator;
import dev.facet.renderer.assets.GltfTags;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a loaded model into {@link ModelPart}s, one per material of the file, in the order
 * the file first uses them. Triangles without a file material (a glTF primitive naming none,
 * OBJ faces outside any {@code usemtl} of its MTL) form one part drawn with the object's own
 * material, merged exactly as {@link JmeMeshLibrary#merge} always has. A part with a file
 * material keeps the loader's texture coordinates (glTF's own orientation, which its images
 * are read in), its second set, tangents (the file's, else MikkTSpace) and vertex colours.
 */
final class ModelParts {
    private ModelParts() {
    }

    /** The parts of the triangle geometries {@code geometries} of a model; empty when there are none. */
    static List<ModelPart> split(List<Geometry> geometries, boolean gltf, AssetManager assets) {
        Map<Object, List<Geometry>> groups = new LinkedHashMap<>();
        for (Geometry g : geometries) {
            groups.computeIfAbsent(key(g, gltf), k -> new ArrayList<>()).add(g);
        }
        List<ModelPart> parts = new ArrayList<>();
        for (Map.Entry<Object, List<Geometry>> e : groups.entrySet()) {
            if (e.getKey() == Unlooked.KEY) {
                parts.add(new ModelPart(JmeMeshLibrary.merge(e.getValue(), gltf), null));
                continue;
            }
            Geometry first = e.getValue().get(0);
            Material surface = ModelMaterials.surface(assets, first);
            parts.add(new ModelPart(mergeLooked(e.getValue(), surface), surface));
        }
        return parts;
    }

    private enum Unlooked { KEY }

    /** What groups primitives into one part: the glTF material index, or the MTL material. */
    private static Object key(Geometry g, boolean gltf) {
        if (gltf) {
            Object index = g.getUserData(GltfTags.MATERIAL);
            return index == null ? Unlooked.KEY : index;
        }
        Material m = g.getMaterial();
        return m == null || m.getName() == null ? Unlooked.KEY : m;
    }

    /** One mesh of all triangles of a model's parts, in the model's frame (what ray casts intersect). */
    static Mesh union(List<ModelPart> parts) {
        List<Geometry> all = new ArrayList<>();
        for (ModelPart p : parts) {
            all.add(new Geometry("part", p.mesh()));
        }
        return JmeMeshLibrary.merge(all, false);
    }

    /** The triangles of {@code group}, with every attribute {@code surface} reads, in the model's frame. */
    private static Mesh mergeLooked(List<Geometry> group, Material surface) {
        boolean uv1 = surface.getParam("TexCoord1") != null;
        boolean colors = surface.getParam("VertexColor") != null;
        boolean tangents = surface.getParam("NormalMap") != null;
        Mesh base = JmeMeshLibrary.merge(group, false);
        int n = base.getVertexCount();
        float[] uv2 = uv1 ? new float[2 * n] : null;
        float[] col = colors ? new float[4 * n] : null;
        float[] tan = tangents ? new float[4 * n] : null;
        boolean allTangents = true;
        int v0 = 0;
        int[] idx = indices(base);
        int t0 = 0;
        for (Geometry g : group) {
            Mesh m = g.getMesh();
            Matrix4f world = g.getWorldMatrix();
            int count = m.getVertexCount();
            if (uv1) {
                copy(m, VertexBuffer.Type.TexCoord2, 2, uv2, v0, 0f);
            }
            if (colors) {
                copy(m, VertexBuffer.Type.Color, 4, col, v0, 1f);
            }
            if (tangents) {
                allTangents &= tangents(m, world, tan, v0);
            }
            if (world.toRotationMatrix().determinant() < 0) {
                // a mirroring node turns the winding: swap two corners so front faces stay front
                for (int k = 3 * t0; k < 3 * (t0 + m.getTriangleCount()); k += 3) {
                    int s = idx[k + 1];
                    idx[k + 1] = idx[k + 2];
                    idx[k + 2] = s;
                }
            }
            v0 += count;
            t0 += m.getTriangleCount();
        }
        base.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createIntBuffer(idx));
        if (uv1) {
            base.setBuffer(VertexBuffer.Type.TexCoord2, 2, BufferUtils.createFloatBuffer(uv2));
        }
        if (colors) {
            base.setBuffer(VertexBuffer.Type.Color, 4, BufferUtils.createFloatBuffer(col));
        }
        if (tangents) {
            if (allTangents) {
                base.setBuffer(VertexBuffer.Type.Tangent, 4, BufferUtils.createFloatBuffer(tan));
            } else {
                MikktspaceTangentGenerator.generate(base);
            }
        }
        base.updateCounts();
        base.setStatic();
        return base;
    }

    private static int[] indices(Mesh m) {
        IndexBuffer ib = m.getIndexBuffer();
        int[] idx = new int[ib.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = ib.get(i);
        }
        return idx;
    }

    /** Copies a per-vertex attribute (float, or normalised unsigned byte/short) into {@code out}; {@code fill} pads missing components. */
    private static void copy(Mesh m, VertexBuffer.Type type, int components, float[] out, int v0, float fill) {
        VertexBuffer vb = m.getBuffer(type);
        int n = m.getVertexCount();
        if (vb == null) {
            java.util.Arrays.fill(out, components * v0, components * (v0 + n), type == VertexBuffer.Type.Color ? 1f : 0f);
            return;
        }
        int have = vb.getNumComponents();
        Buffer data = vb.getData();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < components; c++) {
                out[components * (v0 + i) + c] = c < have ? value(data, have * i + c) : fill;
            }
        }
    }

    private static float value(Buffer data, int i) {
        if (data instanceof FloatBuffer f) {
            return f.get(i);
        }
        if (data instanceof ByteBuffer b) {
            return (b.get(i) & 0xff) / 255f;
        }
        if (data instanceof ShortBuffer s) {
            return (s.get(i) & 0xffff) / 65535f;
        }
        throw new IllegalStateException("vertex data of type " + data.getClass().getSimpleName());
    }

    /** The file's tangents of {@code m} turned into the model's frame; false when it has none. */
    private static boolean tangents(Mesh m, Matrix4f world, float[] out, int v0) {
        VertexBuffer vb = m.getBuffer(VertexBuffer.Type.Tangent);
        if (vb == null || vb.getNumComponents() != 4 || !(vb.getData() instanceof FloatBuffer f)) {
            return false;
        }
        Matrix3f rot = world.toRotationMatrix();
        float sign = rot.determinant() < 0 ? -1 : 1;
        Vector3f t = new Vector3f();
        for (int i = 0; i < m.getVertexCount(); i++) {
            t.set(f.get(4 * i), f.get(4 * i + 1), f.get(4 * i + 2));
            rot.mult(t, t).normalizeLocal();
            int o = 4 * (v0 + i);
            out[o] = t.x;
            out[o + 1] = t.y;
            out[o + 2] = t.z;
            out[o + 3] = sign * f.get(4 * i + 3);
        }
        return true;
    }
}
