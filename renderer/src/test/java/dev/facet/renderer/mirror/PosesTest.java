package dev.facet.renderer.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.jme3.math.Transform;
import com.jme3.math.Vector3f;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class PosesTest {
    @Test
    void scaledPosesGiveUnitQuaternionsAndTheSamePoints() {
        Matrix4d m = new Matrix4d().translation(0.3, -1, 2).rotateY(0.7).rotateX(-0.4).scale(2, 0.5, 3);
        Transform t = Poses.transform(m);
        assertEquals(1.0, t.getRotation().norm(), 1e-5);
        Vector3d want = m.transformPosition(new Vector3d(0.1, 0.2, -0.3));
        Vector3f got = t.transformVector(new Vector3f(0.1f, 0.2f, -0.3f), null);
        assertEquals(want.x, got.x, 1e-5);
        assertEquals(want.y, got.y, 1e-5);
        assertEquals(want.z, got.z, 1e-5);
    }
}
