package dev.facet.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/**
 * Mesh colliders from a mesh's triangles: a moving mesh is their convex hull (an octahedron
 * rests on a face, not on its bounds box), a static mesh is the triangles themselves (a bin
 * holds what falls into it). Checked analytically from the vertices and the poses.
 */
class MeshCollidersTest {
    private static final double DT = 1 / 120.0;
    private static final double R = 0.05;

    /** An octahedron with corners at distance R on the axes: 8 triangles. */
    static float[] octahedron() {
        float r = (float) R;
        float[][] v = {{r, 0, 0}, {-r, 0, 0}, {0, r, 0}, {0, -r, 0}, {0, 0, r}, {0, 0, -r}};
        int[][] faces = {{0, 2, 4}, {2, 1, 4}, {1, 3, 4}, {3, 0, 4}, {2, 0, 5}, {1, 2, 5}, {3, 1, 5}, {0, 3, 5}};
        float[] out = new float[faces.length * 9];
        int k = 0;
        for (int[] f : faces) {
            for (int i : f) {
                for (float x : v[i]) {
                    out[k++] = x;
                }
            }
        }
        return out;
    }

    /** The 12 triangles of an axis-aligned box from lo to hi. */
    static float[] box(double[] lo, double[] hi) {
        float[] out = new float[12 * 9];
        int k = 0;
        for (int axis = 0; axis < 3; axis++) {
            int a = (axis + 1) % 3;
            int b = (axis + 2) % 3;
            for (double side : new double[] {lo[axis], hi[axis]}) {
                double[][] quad = new double[4][3];
                for (int c = 0; c < 4; c++) {
                    quad[c][axis] = side;
                    quad[c][a] = (c == 1 || c == 2) ? hi[a] : lo[a];
                    quad[c][b] = c >= 2 ? hi[b] : lo[b];
                }
                for (int[] t : new int[][] {{0, 1, 2}, {0, 2, 3}}) {
                    for (int c : t) {
                        for (double x : quad[c]) {
                            out[k++] = (float) x;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** An open bin: a floor whose top is y = 0 and four walls 0.15 high, inner faces at ±0.18. */
    static float[] bin() {
        List<float[]> parts = List.of(box(new double[] {-0.2, -0.02, -0.2}, new double[] {0.2, 0, 0.2}),
                box(new double[] {-0.2, 0, -0.2}, new double[] {-0.18, 0.15, 0.2}),
                box(new double[] {0.18, 0, -0.2}, new double[] {0.2, 0.15, 0.2}),
                box(new double[] {-0.18, 0, -0.2}, new double[] {0.18, 0.15, -0.18}),
                box(new double[] {-0.18, 0, 0.18}, new double[] {0.18, 0.15, 0.2}));
        float[] out = new float[parts.size() * 108];
        for (int i = 0; i < parts.size(); i++) {
            System.arraycopy(parts.get(i), 0, out, 108 * i, 108);
        }
        return out;
    }

    private static Shape.Mesh bounds(float[] xyz, String name) {
        Vector3d lo = new Vector3d(Double.POSITIVE_INFINITY);
        Vector3d hi = new Vector3d(Double.NEGATIVE_INFINITY);
        for (int i = 0; i < xyz.length; i += 3) {
            lo.min(new Vector3d(xyz[i], xyz[i + 1], xyz[i + 2]));
            hi.max(new Vector3d(xyz[i], xyz[i + 1], xyz[i + 2]));
        }
        return new Shape.Mesh(name, lo, hi);
    }

    /** The lowest and highest world coordinates of the vertices under the pose: {min x, y, z, max x, y, z}. */
    static double[] extent(float[] xyz, Matrix4d pose) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
            -Double.MAX_VALUE};
        for (int i = 0; i < xyz.length; i += 3) {
            Vector3d p = pose.transformPosition(new Vector3d(xyz[i], xyz[i + 1], xyz[i + 2]));
            double[] c = {p.x, p.y, p.z};
            for (int a = 0; a < 3; a++) {
                e[a] = Math.min(e[a], c[a]);
                e[3 + a] = Math.max(e[3 + a], c[a]);
            }
        }
        return e;
    }

    @Test
    void aMovingMeshIsTheConvexHullOfItsVertices() {
        float[] octa = octahedron();
        try (PhysicsWorld world = new PhysicsWorld()) {
            world.add(new Shape.Plane(2, 2), new Matrix4d(), null, Surface.DEFAULT, false);
            org.joml.Quaterniond faceDown = new org.joml.Quaterniond().rotationTo(new Vector3d(-1, -1, -1).normalize(),
                    new Vector3d(0, -1, 0));  // a face down; its bounds box would land on a corner
            int h = world.add(bounds(octa, "octahedron.obj"), new Matrix4d().translation(0, 0.2, 0).rotate(faceDown),
                    octa, Surface.DEFAULT, true);
            world.settle(DT, 2400, 30, 0.01, 0.05);
            double y = world.pose(h).getTranslation(new Vector3d()).y;
            double onAFace = R / Math.sqrt(3) + Colliders.MARGIN;  // a hull floats by its margin
            assertTrue(Math.abs(y - onAFace) < 0.001, "the octahedron's centre rests at " + y
                    + " m, on a face at " + onAFace + " (its bounds box would give " + R + ")");
            double low = extent(octa, world.pose(h))[1];
            assertTrue(low >= -0.001, "its lowest corner sinks " + -low + " m into the ground");
        }
    }

    /** Drops six octahedra into a triangle-mesh bin and returns their poses at rest. */
    private static List<Matrix4d> dropIntoBin() {
        return dropIntoBin(bin(), new StaticMeshCache());
    }

    private static List<Matrix4d> dropIntoBin(float[] bin, StaticMeshCache cache) {
        float[] octa = octahedron();
        try (PhysicsWorld world = new PhysicsWorld(cache)) {
            world.add(bounds(bin, "bin.obj"), new Matrix4d(), bin, Surface.DEFAULT, false);
            for (int i = 0; i < 6; i++) {
                world.add(bounds(octa, "octahedron.obj"), new Matrix4d().translation(-0.1 + 0.04 * i, 0.1 + 0.11 * i,
                        0.08 - 0.03 * i).rotateXYZ(0.3 * i, 0.5, 0.2 * i), octa, Surface.DEFAULT, true);
            }
            world.settle(DT, 2400, 30, 0.01, 0.05);
            List<Matrix4d> poses = new ArrayList<>();
            for (int h = 1; h < world.size(); h++) {
                poses.add(world.pose(h));
            }
            return poses;
        }
    }

    @Test
    void meshObjectsRestInsideATriangleMeshBinWithinOneMillimetre() {
        List<Matrix4d> poses = dropIntoBin();
        assertEquals(6, poses.size());
        for (int i = 0; i < poses.size(); i++) {
            double[] e = extent(octahedron(), poses.get(i));
            assertTrue(e[1] >= -0.001, "object " + i + " sinks " + -e[1] + " m into the bin's floor");
            assertTrue(e[4] < 0.15, "object " + i + " rests inside the bin, not on a solid box: top at " + e[4]);
            for (int a : new int[] {0, 2}) {
                assertTrue(e[a] >= -0.181 && e[3 + a] <= 0.181, "object " + i + " pierces a wall: " + e[a] + ".." + e[3 + a]);
            }
        }
    }

    @Test
    void meshCollidersGiveTheSamePosesBitForBitFreshOrFromTheCache() {
        List<Matrix4d> a = dropIntoBin();
        float[] bin = bin();
        StaticMeshCache shared = new StaticMeshCache();
        dropIntoBin(bin, shared);
        List<Matrix4d> b = dropIntoBin(bin, shared);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).get(new double[16]), b.get(i).get(new double[16]), 0);
        }
    }
}
