package dev.facet.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class PhysicsWorldTest {
    private static final double DT = 1 / 120.0;

    /** Drops {@code n} random primitives onto a plane at y = 0 and lets them settle. */
    private static List<Matrix4d> drop(long seed, int n, List<Shape> shapes) {
        SplittableRandom rng = new SplittableRandom(seed);
        try (PhysicsWorld world = new PhysicsWorld()) {
            world.add(new Shape.Plane(4, 4), new Matrix4d(), null, Surface.DEFAULT, false);
            for (int i = 0; i < n; i++) {
                double s = rng.nextDouble(0.04, 0.1);
                Shape shape = switch (i % 3) {
                    case 0 -> new Shape.Sphere(s / 2);
                    case 1 -> new Shape.Box(s, s * 0.8, s * 1.2);
                    default -> new Shape.Cylinder(s / 2, s);
                };
                shapes.add(shape);
                Matrix4d pose = new Matrix4d().translation(rng.nextDouble(-0.3, 0.3), 0.1 + 0.12 * i,
                        rng.nextDouble(-0.3, 0.3)).rotateXYZ(rng.nextDouble(3), rng.nextDouble(3), rng.nextDouble(3));
                world.add(shape, pose, null, Surface.DEFAULT, true);
            }
            world.settle(DT, 1200, 30, 0.01, 0.05);
            List<Matrix4d> poses = new ArrayList<>();
            for (int h = 1; h < world.size(); h++) {
                poses.add(world.pose(h));
            }
            return poses;
        }
    }

    @Test
    void restingPrimitivesPenetrateTheGroundAndEachOtherByAtMostOneMillimetre() {
        List<Shape> shapes = new ArrayList<>();
        List<Matrix4d> poses = drop(11, 12, shapes);
        for (int i = 0; i < poses.size(); i++) {
            double depth = Penetration.belowPlane(shapes.get(i), poses.get(i));
            assertTrue(depth <= 0.001, "object " + i + " at " + poses.get(i).getTranslation(new Vector3d()) + " sinks " + depth + " m into the ground");
            assertTrue(depth > -0.01, "object " + i + " does not rest on anything: " + depth);
            for (int j = 0; j < i; j++) {
                double overlap = Penetration.spheres(shapes.get(i), poses.get(i), shapes.get(j), poses.get(j));
                assertTrue(overlap <= 0.001, "spheres " + j + " and " + i + " overlap by " + overlap + " m");
            }
        }
    }

    @Test
    void theSameDropGivesTheSamePosesBitForBit() {
        List<Matrix4d> a = drop(5, 9, new ArrayList<>());
        List<Matrix4d> b = drop(5, 9, new ArrayList<>());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).get(new double[16]), b.get(i).get(new double[16]), 0);
        }
    }

    @Test
    void aMeshBoundsHullRestsOnItsLowestPoint() {
        Shape.Mesh mesh = new Shape.Mesh("m.obj", new Vector3d(-0.05, 0, -0.05), new Vector3d(0.05, 0.2, 0.05));
        try (PhysicsWorld world = new PhysicsWorld()) {
            world.add(new Shape.Plane(2, 2), new Matrix4d(), null, Surface.DEFAULT, false);
            int h = world.add(mesh, new Matrix4d().translation(0, 0.3, 0).scale(0.5), null, Surface.DEFAULT, true);
            world.settle(DT, 1200, 30, 0.01, 0.05);
            double y = world.pose(h).getTranslation(new Vector3d()).y;
            assertTrue(Math.abs(y) < 0.006, "the mesh's origin (its lowest point) rests at " + y);
        }
    }
}
