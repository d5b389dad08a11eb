package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class LensDistortionTest {
    static final LensDistortion BARREL = LensDistortion.opencv(-0.3, 0.1, 0.002, -0.001, -0.01);
    static final LensDistortion FISHEYE = LensDistortion.fisheye(0.05, -0.01, 0.002, 0.0005);

    @Test
    void coefficientsAreInOpenCvOrder() {
        assertEquals(List.of(-0.3, 0.1, 0.002, -0.001, -0.01), BARREL.coefficients());
        assertEquals(List.of(0.05, -0.01, 0.002, 0.0005), FISHEYE.coefficients());
    }

    @Test
    void forwardModelIsOpenCvsFormula() {
        double x = 0.3;
        double y = -0.2;
        double r2 = x * x + y * y;
        double radial = 1 - 0.3 * r2 + 0.1 * r2 * r2 - 0.01 * r2 * r2 * r2;
        double[] d = BARREL.distort(x, y, new double[2]);
        assertEquals(x * radial + 2 * 0.002 * x * y - 0.001 * (r2 + 2 * x * x), d[0], 1e-15);
        assertEquals(y * radial + 0.002 * (r2 + 2 * y * y) + 2 * -0.001 * x * y, d[1], 1e-15);
        double theta = Math.atan(Math.hypot(x, y));
        double t2 = theta * theta;
        double thetaD = theta * (1 + 0.05 * t2 - 0.01 * t2 * t2 + 0.002 * t2 * t2 * t2 + 0.0005 * t2 * t2 * t2 * t2);
        double[] f = FISHEYE.distort(x, y, new double[2]);
        assertEquals(x * thetaD / Math.hypot(x, y), f[0], 1e-15);
        assertEquals(y * thetaD / Math.hypot(x, y), f[1], 1e-15);
    }

    @Test
    void undistortInvertsDistortOverTheImage() {
        for (LensDistortion lens : List.of(BARREL, FISHEYE, LensDistortion.opencv(0.2, 0.05, 0, 0, 0))) {
            for (double x = -1.2; x <= 1.2; x += 0.05) {
                for (double y = -0.9; y <= 0.9; y += 0.05) {
                    double[] d = lens.distort(x, y, new double[2]);
                    double[] back = new double[2];
                    assertTrue(lens.undistort(d[0], d[1], back), lens + " at " + x + ", " + y);
                    assertEquals(x, back[0], 1e-9);
                    assertEquals(y, back[1], 1e-9);
                }
            }
        }
    }

    @Test
    void aLensThatFoldsOverHasNoRayThere() {
        LensDistortion folding = LensDistortion.opencv(-0.6, 0, 0, 0, 0);  // r_d = r - 0.6 r^3 peaks at r = 0.745
        double[] out = new double[2];
        assertFalse(folding.undistort(0.5, 0, out));
        assertTrue(folding.undistort(0.2, 0, out));
    }

    @Test
    void modelsRefuseTheOtherModelsCoefficients() {
        assertThrows(IllegalArgumentException.class, () -> new LensDistortion(LensDistortion.Model.OPENCV, 0, 0, 0, 0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LensDistortion(LensDistortion.Model.FISHEYE, 0, 0, 0, 0, 0.1, 0));
    }

    @Test
    void projectionGoesThroughTheLens() {
        Camera pinhole = new Camera(100, 80, 90, 90, 49.5, 39.5, new Matrix4d(), 0.05, 10);
        Camera distorted = pinhole.withDistortion(BARREL);
        double[] p = distorted.project(new Vector3d(0.3, -0.2, 1));
        double[] d = BARREL.distort(0.3, -0.2, new double[2]);
        assertEquals(90 * d[0] + 49.5, p[0], 1e-12);
        assertEquals(90 * d[1] + 39.5, p[1], 1e-12);
        assertFalse(pinhole.distorted());
        assertFalse(pinhole.withDistortion(LensDistortion.opencv(0, 0, 0, 0, 0)).distorted());
    }
}
