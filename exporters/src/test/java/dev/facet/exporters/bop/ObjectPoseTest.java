package dev.facet.exporters.bop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

/** camera_from_object splits into a rotation, millimetres and the scale BOP has no room for. */
class ObjectPoseTest {

    @Test
    void scaleLeavesTheRotationAndIsReported() {
        Matrix4d rotation = new Matrix4d().rotateY(0.7).rotateX(-0.3).rotateZ(1.1);
        Matrix4d m = new Matrix4d().translation(0.1, -0.2, 1.5).mul(rotation).scale(2.0, 0.5, 1.5);
        ObjectPose pose = ObjectPose.of(m);
        double[] expected = {rotation.m00(), rotation.m10(), rotation.m20(), rotation.m01(), rotation.m11(),
            rotation.m21(), rotation.m02(), rotation.m12(), rotation.m22()};
        assertArrayEquals(expected, pose.rotation(), 1e-12);
        assertArrayEquals(new double[] {2.0, 0.5, 1.5}, pose.scale(), 1e-12);
        assertArrayEquals(new double[] {100, -200, 1500}, pose.translationMm(), 1e-9);
    }

    @Test
    void aMirroredFrameKeepsDeterminantOne() {
        ObjectPose pose = ObjectPose.of(new Matrix4d().rotateY(0.4).scale(-3, 3, 3));
        double[] r = pose.rotation();
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
        assertEquals(1, det, 1e-12);
        assertArrayEquals(new double[] {-3, 3, 3}, pose.scale(), 1e-12);
    }

    @Test
    void aShearedFrameGetsTheNearestRotation() {
        Matrix4d sheared = new Matrix4d().m10(0.2);  // the y axis leans towards x
        double[] r = ObjectPose.of(sheared).rotation();
        for (int i = 0; i < 3; i++) {
            double n = r[3 * i] * r[3 * i] + r[3 * i + 1] * r[3 * i + 1] + r[3 * i + 2] * r[3 * i + 2];
            assertEquals(1, n, 1e-9, "row " + i);
        }
    }
}
