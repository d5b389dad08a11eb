package dev.facet.inspect.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ray hits with the primitives, against distances worked out by hand. */
class ShapesTest {
    private static final double[] FROM_MINUS_Z = {0, 0, -5};
    private static final double[] ALONG_Z = {0, 0, 1};

    @Test
    void boxSphereCylinderAndPlane() {
        assertEquals(4.0, Shapes.box(FROM_MINUS_Z, ALONG_Z, 1, 1, 1), 1e-12);
        assertEquals(3.0, Shapes.sphere(FROM_MINUS_Z, ALONG_Z, 2), 1e-12);
        assertEquals(4.5, Shapes.cylinder(FROM_MINUS_Z, ALONG_Z, 0.5, 1), 1e-12, "the side");
        assertEquals(4.0, Shapes.cylinder(new double[] {0, 5, 0}, new double[] {0, -1, 0}, 0.5, 1), 1e-12, "the cap");
        assertEquals(2.0, Shapes.plane(new double[] {0, 2, 0}, new double[] {0, -1, 0}, 1, 1), 1e-12);
        assertTrue(Double.isNaN(Shapes.plane(new double[] {3, 2, 0}, new double[] {0, -1, 0}, 1, 1)), "beside the plane");
        assertTrue(Double.isNaN(Shapes.sphere(new double[] {0, 3, -5}, ALONG_Z, 2)), "a miss");
        assertTrue(Double.isNaN(Shapes.box(new double[] {0, 0, 5}, ALONG_Z, 1, 1, 1)), "behind the ray");
        assertEquals(1.0, Shapes.sphere(new double[] {0, 0, 0}, ALONG_Z, 1), 1e-12, "from inside: the far side");
    }

    @Test
    void affineInverseUndoesTheTransform() {
        double[][] m = {{0, -2, 0, 1}, {2, 0, 0, 2}, {0, 0, 2, 3}, {0, 0, 0, 1}};
        double[] p = Affine.point(Affine.inverse(m), Affine.point(m, new double[] {0.3, -0.7, 1.1}));
        assertEquals(0.3, p[0], 1e-12);
        assertEquals(-0.7, p[1], 1e-12);
        assertEquals(1.1, p[2], 1e-12);
    }
}
