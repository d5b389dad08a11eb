package dev.facet.renderer.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mesh loading without any GL context, as scenario validation does it. */
public class JmeMeshLibraryTest {
    /** The absolute path of a test asset (src/test/resources/assets). */
    public static String file(String name) {
        try {
            return Path.of(JmeMeshLibraryTest.class.getResource("/assets/" + name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertBounds(Shape.Mesh m, double[] min, double[] max) {
        assertEquals(new Vector3d(min[0], min[1], min[2]).toString(), new Vector3d(m.min()).toString(), "min of " + m.source());
        assertEquals(new Vector3d(max[0], max[1], max[2]).toString(), new Vector3d(m.max()).toString(), "max of " + m.source());
        for (int i = 0; i < 3; i++) {
            assertEquals(min[i], m.min().get(i), 1e-6);
            assertEquals(max[i], m.max().get(i), 1e-6);
        }
    }

    @Test
    void objBoundsFromAbsolutePathAndClasspath() throws IOException {
        JmeMeshLibrary lib = new JmeMeshLibrary();
        Shape.Mesh m = lib.load(file("pyramid.obj"));
        assertEquals(file("pyramid.obj"), m.source());
        assertBounds(m, new double[] {-0.2, 0, -0.2}, new double[] {0.2, 0.5, 0.2});
        assertEquals(0, m.halfHeight(), 1e-9);
        Shape.Mesh c = lib.load("classpath:/assets/pyramid.obj");
        assertBounds(c, new double[] {-0.2, 0, -0.2}, new double[] {0.2, 0.5, 0.2});
        // loaded once: the same jME mesh for every request
        assertSame(lib.mesh(file("pyramid.obj")), lib.mesh(file("pyramid.obj")));
        assertEquals(6, lib.mesh(file("pyramid.obj")).getTriangleCount());
    }

    @Test
    void trianglesAreThreeCornersEachInTheMeshFrameForPhysics() throws IOException {
        JmeMeshLibrary lib = new JmeMeshLibrary();
        for (String name : new String[] {"pyramid.obj", "box.gltf", "box.glb"}) {
            float[] t = lib.triangles(file(name));
            Shape.Mesh m = lib.load(file(name));
            assertEquals(9 * lib.mesh(file(name)).getTriangleCount(), t.length, name);
            double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < t.length; i++) {
                lo[i % 3] = Math.min(lo[i % 3], t[i]);
                hi[i % 3] = Math.max(hi[i % 3], t[i]);
            }
            assertBounds(m, lo, hi);
        }
        float[] apex = lib.triangles(file("pyramid.obj"));
        boolean found = false;
        for (int i = 0; i < apex.length; i += 3) {
            found |= apex[i] == 0 && Math.abs(apex[i + 1] - 0.5f) < 1e-6 && apex[i + 2] == 0;
        }
        assertTrue(found, "the pyramid's apex (0, 0.5, 0) is a corner of its triangles");
    }

    @Test
    void gltfAndGlbBounds() throws IOException {
        JmeMeshLibrary lib = new JmeMeshLibrary();
        for (String name : new String[] {"box.gltf", "box.glb"}) {
            Shape.Mesh m = lib.load(file(name));
            assertBounds(m, new double[] {-0.2, 0, -0.1}, new double[] {0.2, 0.3, 0.1});
            assertEquals(12, lib.mesh(file(name)).getTriangleCount(), name);
        }
    }

    @Test
    void missingFileNamesIt() {
        String missing = "/nonexistent/facet/chair.glb";
        IOException e = assertThrows(IOException.class, () -> new JmeMeshLibrary().load(missing));
        assertTrue(e.getMessage().contains(missing), e.getMessage());
        IOException c = assertThrows(IOException.class, () -> new JmeMeshLibrary().load("classpath:/assets/nope.obj"));
        assertTrue(c.getMessage().contains("classpath:/assets/nope.obj"), c.getMessage());
    }

    @Test
    void nonMeshFilesNameThemselves(@TempDir Path dir) throws IOException {
        JmeMeshLibrary lib = new JmeMeshLibrary();
        for (String bad : new String[] {file("checker.png"), file("not-a-mesh.obj")}) {
            IOException e = assertThrows(IOException.class, () -> lib.load(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        Path fake = dir.resolve("fake.gltf");
        Files.writeString(fake, "{ this is not json");
        IOException e = assertThrows(IOException.class, () -> lib.load(fake.toString()));
        assertTrue(e.getMessage().contains(fake.toString()), e.getMessage());
        Path relative = Path.of("assets/pyramid.obj");
        IOException r = assertThrows(IOException.class, () -> lib.load(relative.toString()));
        assertTrue(r.getMessage().contains("assets/pyramid.obj"), r.getMessage());
    }

    /** What a model's material needs and lacks is an error naming it, never jME's placeholder or a warning. */
    @Test
    void missingMaterialFilesAndUnsupportedCoordinateSetsNameThemselves(@TempDir Path dir) throws IOException {
        JmeMeshLibrary lib = new JmeMeshLibrary();
        String tri = "v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\nvt 0 1\n";
        Path noMtl = Files.writeString(dir.resolve("no-mtl.obj"), "mtllib gone.mtl\n" + tri + "f 1 2 3\n");
        assertMessage(lib, noMtl, "cannot read mesh " + noMtl + ": its material library gone.mtl is not beside it");
        Files.writeString(dir.resolve("m.mtl"), "newmtl m\nKd 1 1 1\nmap_Kd textures/nowhere.png\n");
        Path noTexture = Files.writeString(dir.resolve("no-texture.obj"), "mtllib m.mtl\n" + tri + "usemtl m\nf 1/1 2/2 3/3\n");
        assertMessage(lib, noTexture, "cannot read mesh " + noTexture + ": texture textures/nowhere.png of m.mtl not found"
                + " (looked as written, by its name beside the .mtl, and in ../materials/textures/)");
        String gltf = Files.readString(Path.of(file("box.gltf")));
        String png = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(file("checker.png"))));
        String withTexture = gltf.replaceFirst("\"mode\": 4", "\"mode\": 4, \"material\": 0")
                .replaceFirst("\"scene\": 0,", "\"scene\": 0, \"images\": [{\"uri\": \"data:image/png;base64," + png
                        + "\"}], \"textures\": [{\"source\": 0}], \"materials\": [{\"pbrMetallicRoughness\": "
                        + "{\"baseColorTexture\": {\"index\": 0, \"texCoord\": 2}}}],");
        Path uv2 = Files.writeString(dir.resolve("uv2.gltf"), withTexture);
        assertMessage(lib, uv2, "cannot read mesh " + uv2
                + ": material 0's baseColorTexture reads TEXCOORD_2: Facet reads texture coordinate sets 0 and 1");
        Path uv1 = Files.writeString(dir.resolve("uv1.gltf"), withTexture.replace("\"texCoord\": 2", "\"texCoord\": 1"));
        assertMessage(lib, uv1, "cannot read mesh " + uv1
                + ": material 0's baseColorTexture reads TEXCOORD_1, which mesh 0 primitive 0 does not have");
        Path huge = dir.resolve("huge.png");
        Files.write(huge, hugePng());
        Path bomb = Files.writeString(dir.resolve("bomb.gltf"), withTexture.replace("\"texCoord\": 2", "\"texCoord\": 0")
                .replaceFirst("data:image/png;base64,[A-Za-z0-9+/=]*", "huge.png"));
        assertMessage(lib, bomb, "cannot read mesh " + bomb + ": image 0 (huge.png): the image is 100000x100000;"
                + " images may be at most 16384 pixels on a side");
    }

    private static void assertMessage(JmeMeshLibrary lib, Path file, String want) {
        IOException e = assertThrows(IOException.class, () -> lib.load(file.toString()));
        assertEquals(want, e.getMessage());
    }

    /** A PNG signature and an IHDR chunk claiming 100000 x 100000 pixels, and nothing else. */
    private static byte[] hugePng() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(100000).putInt(100000);
        b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return b.array();
    }
}
