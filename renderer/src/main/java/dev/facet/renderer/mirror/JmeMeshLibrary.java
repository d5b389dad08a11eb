package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.asset.ModelKey;
import com.jme3.math.Matrix3f;
import com.jme3.math.Matrix4f;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.mesh.IndexBuffer;
import com.jme3.scene.plugins.OBJLoader;
import com.jme3.util.BufferUtils;
import dev.facet.engine.scene.AssetCache;
import dev.facet.engine.scene.AssetSource;
import dev.facet.engine.scene.GlbHeader;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.renderer.assets.FacetAssets;
import dev.facet.renderer.assets.ModelFileProblem;
import dev.facet.renderer.assets.ObjLibraries;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joml.Vector3d;

/**
 * Loads mesh files with jME's loaders: glTF 2.0 ({@code .gltf}, {@code .glb}) and OBJ
 * ({@code .obj}, with its MTL). A model becomes {@link ModelPart}s ({@link ModelParts}): the
 * triangles of each of the file's materials merged into one jME mesh in the model's own frame
 * (node transforms baked in) with positions, normals (computed when the file has none) and
 * UVs (zero when it has none), and the material mapped onto Facet's ({@link ModelMaterials});
 * triangles the file gives no material are one part drawn with the object's own material,
 * their UVs in the GL convention (v up) for every format (glTF's v is flipped on load). The
 * whole model is one object with one instance id.
 *
 * <p>A .glb's header and chunk lengths are checked against the file ({@link GlbHeader}) before
 * jME reads it, so a file claiming more bytes than it holds is refused, not allocated.
 *
 * <p>Each source is read once while it stays in the library's cache ({@link AssetCache}: least
 * recently used out past a budget of estimated bytes); every object showing it shares the one mesh.
 * No GL context is needed, so scenario validation can call {@link #load} before rendering.
 */
public final class JmeMeshLibrary implements MeshLibrary {
    /** Held so that its level sticks: it warns about missing normals, which {@link #merge} computes. */
    private static final Logger OBJ_LOG = Logger.getLogger(OBJLoader.class.getName());

    private final AssetManager assets;
    private final Retired retired = new Retired();
    private final AssetCache<Loaded> cache;

    private static final class Loaded {
        final List<ModelPart> parts;
        final Vector3d min;
        final Vector3d max;
        Mesh whole;

        Loaded(List<ModelPart> parts, Vector3d min, Vector3d max) {
            this.parts = List.copyOf(parts);
            this.min = min;
            this.max = max;
            boolean plain = parts.size() == 1 && parts.get(0).material() == null;
            whole = plain ? parts.get(0).mesh() : null;
        }
    }

    /** A library with an asset manager of its own and the budget the environment gives ({@link AssetCache}). */
    public JmeMeshLibrary() {
        this(FacetAssets.create(), AssetCache.budgetFromEnvironment());
    }

    /** A library loading through {@code assets}, which must know Facet's sources (see {@link FacetAssets#create()}). */
    public JmeMeshLibrary(AssetManager assets) {
        this(assets, AssetCache.budgetFromEnvironment());
    }

    /**
     * A library whose decoded meshes are held within {@code budgetBytes} (estimated: each vertex
     * buffer's bytes, twice, for the CPU copy and the GPU's), least recently used first out.
     */
    public JmeMeshLibrary(AssetManager assets, long budgetBytes) {
        this.assets = assets;
        this.cache = new AssetCache<>(budgetBytes, JmeMeshLibrary::bytes, this::retire);
        OBJ_LOG.setLevel(Level.SEVERE);
    }

    /** Estimated bytes of a model: its parts' meshes (the union, when it is built, is as large again). */
    private static long bytes(Loaded l) {
        long b = 0;
        for (ModelPart p : l.parts) {
            b += bytes(p.mesh());
        }
        return l.parts.size() == 1 ? b : 2 * b;
    }

    /** Hands every mesh of an evicted model to {@link #retired}. */
    private void retire(Loaded l) {
        for (ModelPart p : l.parts) {
            retired.add(p.mesh());
        }
        if (l.whole != null && (l.parts.size() != 1 || l.whole != l.parts.get(0).mesh())) {
            retired.add(l.whole);
        }
    }

    /** Estimated bytes of a mesh: its buffers on the CPU and once more on the GPU. */
    static long bytes(Mesh m) {
        long b = 0;
        for (VertexBuffer vb : m.getBufferList()) {
            if (vb.getData() != null) {
                b += (long) vb.getData().capacity() * vb.getFormat().getComponentSize();
            }
        }
        return 2 * b;
    }

    /** What the mesh cache holds and has done. */
    public AssetCache.Stats cacheStats() {
        return cache.stats();
    }

    /** Meshes the cache let go of, for the renderer to free once no frame draws them. */
    public Retired retired() {
        return retired;
    }

    @Override
    public synchronized Shape.Mesh load(String source) throws IOException {
        Loaded l = loaded(source);
        return new Shape.Mesh(source, l.min, l.max);
    }

    @Override
    public synchronized float[] triangles(String source) throws IOException {
        Mesh m = mesh(source);
        FloatBuffer p = m.getFloatBuffer(VertexBuffer.Type.Position);
        IndexBuffer idx = m.getIndicesAsList();
        float[] out = new float[3 * idx.size()];
        for (int k = 0; k < idx.size(); k++) {
            int v = idx.get(k);
            out[3 * k] = p.get(3 * v);
            out[3 * k + 1] = p.get(3 * v + 1);
            out[3 * k + 2] = p.get(3 * v + 2);
        }
        return out;
    }

    /**
     * All triangles of {@code source} in one mesh, shared by every caller; do not modify it.
     * A model of one part without a file material is drawn as this mesh; ray casts intersect it.
     */
    public synchronized Mesh mesh(String source) throws IOException {
        Loaded l = loaded(source);
        if (l.whole == null) {
            l.whole = ModelParts.union(l.parts);
        }
        return l.whole;
    }

    /** The parts of {@code source}, one per material of the file (see {@link ModelParts}); shared, do not modify. */
    public synchronized List<ModelPart> parts(String source) throws IOException {
        return loaded(source).parts;
    }

    private synchronized Loaded loaded(String source) throws IOException {
        Loaded l = cache.get(source);
        if (l == null) {
            l = read(source);
            cache.put(source, l);
        }
        return l;
    }

    private Loaded read(String source) throws IOException {
        String name;
        try {
            name = FacetAssets.keyName(source);
        } catch (IOException e) {
            throw new IOException("cannot read mesh " + source + ": " + e.getMessage().replace(": " + source, ""), e);
        }
        String ext = FacetAssets.extension(source);
        if (!AssetSource.isMesh(source)) {
            throw new IOException("not a mesh file (expected .gltf, .glb or .obj): " + source);
        }
        if (ext.equals("glb")) {
            try {
                GlbHeader.check(source);
            } catch (IOException e) {
                throw new IOException("cannot read mesh " + source + ": " + e.getMessage(), e);
            }
        }
        if (ext.equals("obj")) {
            try {
                ObjLibraries.check(source);
            } catch (IOException e) {
                throw new IOException("cannot read mesh " + source + ": " + e.getMessage(), e);
            }
        }
        Spatial model;
        ModelKey key = dev.facet.renderer.assets.EmissiveStrengthAdapter.key(name, !ext.equals("obj"));
        try {
            model = assets.loadModel(key);
        } catch (RuntimeException | LinkageError e) {
            ModelFileProblem problem = ModelFileProblem.in(e);
            if (problem != null) {
                throw new IOException("cannot read mesh " + source + ": " + problem.getMessage(), e);
            }
            throw new IOException("cannot read mesh " + source + ": not a valid " + ext.toUpperCase(java.util.Locale.ROOT)
                    + " file (" + describe(e) + ")", e);
        } finally {
            assets.deleteFromCache(key);
        }
        if (model == null) {
            throw new IOException("cannot read mesh " + source + ": the loader returned nothing");
        }
        model.updateGeometricState();
        List<Geometry> parts = new ArrayList<>();
        model.depthFirstTraversal(s -> {
            if (s instanceof Geometry g && g.getMesh() != null && triangles(g.getMesh())) {
                parts.add(g);
            }
        });
        List<ModelPart> split;
        try {
            split = ModelParts.split(parts, !ext.equals("obj"), assets);
        } catch (RuntimeException e) {
            throw new IOException("cannot read mesh " + source + ": " + describe(e), e);
        }
        if (split.isEmpty()) {
            throw new IOException("cannot read mesh " + source + ": it holds no triangles");
        }
        Vector3d min = new Vector3d(Double.POSITIVE_INFINITY);
        Vector3d max = new Vector3d(Double.NEGATIVE_INFINITY);
        for (ModelPart part : split) {
            FloatBuffer p = part.mesh().getFloatBuffer(VertexBuffer.Type.Position);
            for (int i = 0; i < p.limit(); i += 3) {
                min.min(new Vector3d(p.get(i), p.get(i + 1), p.get(i + 2)));
                max.max(new Vector3d(p.get(i), p.get(i + 1), p.get(i + 2)));
            }
        }
        return new Loaded(split, min, max);
    }

    private static final java.util.regex.Pattern JSON_AT =
            java.util.regex.Pattern.compile("at line (\\d+) column (\\d+)");

    /**
     * The loader's reason in the user's terms: a JSON syntax error of a .gltf as its line and
     * column, otherwise the messages of the cause chain without Java class names.
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            java.util.regex.Matcher at = JSON_AT.matcher(m);
            if ((t instanceof java.io.EOFException || t.getClass().getSimpleName().equals("MalformedJsonException")
                    || t.getClass().getName().startsWith("com.google.gson")) && at.find()) {
                String what = t instanceof java.io.EOFException || m.contains("End of input")
                        ? "the JSON ends early" : "the JSON is not valid";
                return what + " at line " + at.group(1) + ", column " + at.group(2);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            m = m.replaceAll("An error occurred loading [^:]*(: |$)", "")
                    .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?", "").trim();
            if (!m.isEmpty() && sb.indexOf(m) < 0) {
                sb.append(sb.length() > 0 ? ": " : "").append(m);
            }
        }
        return sb.toString();
    }

    private static boolean triangles(Mesh m) {
        return switch (m.getMode()) {
            case Triangles, TriangleStrip, TriangleFan -> m.getTriangleCount() > 0;
            default -> false;
        };
    }

    /** One mesh holding the triangles of all {@code parts} in the model's frame; null when there are none. */
    static Mesh merge(List<Geometry> parts, boolean flipV) {
        int vertices = 0;
        int triangles = 0;
        for (Geometry g : parts) {
            vertices += g.getMesh().getVertexCount();
            triangles += g.getMesh().getTriangleCount();
        }
        if (triangles == 0) {
            return null;
        }
        float[] pos = new float[3 * vertices];
        float[] nrm = new float[3 * vertices];
        float[] uv = new float[2 * vertices];
        int[] idx = new int[3 * triangles];
        int v0 = 0;
        int t0 = 0;
        for (Geometry g : parts) {
            append(g, flipV, pos, nrm, uv, idx, v0, t0);
            v0 += g.getMesh().getVertexCount();
            t0 += g.getMesh().getTriangleCount();
        }
        Mesh out = new Mesh();
        out.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(pos));
        out.setBuffer(VertexBuffer.Type.Normal, 3, BufferUtils.createFloatBuffer(nrm));
        out.setBuffer(VertexBuffer.Type.TexCoord, 2, BufferUtils.createFloatBuffer(uv));
        out.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createIntBuffer(idx));
        out.updateBound();
        out.updateCounts();
        out.setStatic();
        return out;
    }

    /**
     * Copies the triangles of {@code g}, in the model's frame, into the merged arrays from
     * vertex {@code v0} and triangle {@code t0} on; computes its normals when it has none.
     */
    private static void append(Geometry g, boolean flipV, float[] pos, float[] nrm, float[] uv, int[] idx,
                               int v0, int t0) {
        Vector3f tmp = new Vector3f();
        Mesh m = g.getMesh();
        Matrix4f world = g.getWorldMatrix();
        Matrix3f normalMatrix = world.toRotationMatrix().invert().transposeLocal();
        int n = m.getVertexCount();
        FloatBuffer p = floats(m, VertexBuffer.Type.Position, 3);
        FloatBuffer nb = floats(m, VertexBuffer.Type.Normal, 3);
        FloatBuffer tb = floats(m, VertexBuffer.Type.TexCoord, 2);
        for (int i = 0; i < n; i++) {
            tmp.set(p.get(3 * i), p.get(3 * i + 1), p.get(3 * i + 2));
            world.mult(tmp, tmp);
            put3(pos, v0 + i, tmp);
            if (nb != null) {
                tmp.set(nb.get(3 * i), nb.get(3 * i + 1), nb.get(3 * i + 2));
                normalMatrix.mult(tmp, tmp).normalizeLocal();
                put3(nrm, v0 + i, tmp);
            }
            if (tb != null) {
                uv[2 * (v0 + i)] = tb.get(2 * i);
                float v = tb.get(2 * i + 1);
                uv[2 * (v0 + i) + 1] = flipV ? 1 - v : v;
            }
        }
        IndexBuffer ib = m.getIndicesAsList();
        int tris = m.getTriangleCount();
        for (int k = 0; k < 3 * tris; k++) {
            idx[3 * t0 + k] = v0 + ib.get(k);
        }
        if (nb == null) {
            smoothNormals(pos, nrm, idx, 3 * t0, 3 * (t0 + tris));
        }
    }

    private static FloatBuffer floats(Mesh m, VertexBuffer.Type type, int components) {
        VertexBuffer vb = m.getBuffer(type);
        if (vb == null || vb.getNumComponents() != components || !(vb.getData() instanceof FloatBuffer f)) {
            return null;
        }
        return f;
    }

    private static void put3(float[] a, int i, Vector3f v) {
        a[3 * i] = v.x;
        a[3 * i + 1] = v.y;
        a[3 * i + 2] = v.z;
    }

    /** Area-weighted vertex normals from the triangles idx[from, to). */
    private static void smoothNormals(float[] pos, float[] nrm, int[] idx, int from, int to) {
        Vector3f a = new Vector3f();
        Vector3f b = new Vector3f();
        Vector3f c = new Vector3f();
        for (int k = from; k < to; k += 3) {
            int i0 = idx[k];
            int i1 = idx[k + 1];
            int i2 = idx[k + 2];
            a.set(pos[3 * i0], pos[3 * i0 + 1], pos[3 * i0 + 2]);
            b.set(pos[3 * i1], pos[3 * i1 + 1], pos[3 * i1 + 2]).subtractLocal(a);
            c.set(pos[3 * i2], pos[3 * i2 + 1], pos[3 * i2 + 2]).subtractLocal(a);
            Vector3f face = b.cross(c);
            for (int i : new int[] {i0, i1, i2}) {
                nrm[3 * i] += face.x;
                nrm[3 * i + 1] += face.y;
                nrm[3 * i + 2] += face.z;
            }
        }
        for (int k = from; k < to; k++) {
            int i = idx[k];
            float len = (float) Math.sqrt(nrm[3 * i] * nrm[3 * i] + nrm[3 * i + 1] * nrm[3 * i + 1]
                    + nrm[3 * i + 2] * nrm[3 * i + 2]);
            if (len > 1e-20f && Math.abs(len - 1f) > 1e-6f) {
                nrm[3 * i] /= len;
                nrm[3 * i + 1] /= len;
                nrm[3 * i + 2] /= len;
            }
        }
    }
}
