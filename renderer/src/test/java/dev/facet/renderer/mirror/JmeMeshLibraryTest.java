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
}
