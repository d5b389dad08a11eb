package dev.facet.scenarios.tabletop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import org.joml.Matrix4dc;
import org.junit.jupiter.api.Test;

/** A tabletop frame is a pure function of (frame, frame seed, size): equal inputs, equal scenes. */
class TabletopDeterminismTest {
    private static final long RUN_SEED = 1234;
    private static final ImageSize SIZE = new ImageSize(640, 480);

    private static Scene frame(Scenario s, long k) {
        return s.scene(k, Streams.frameSeed(RUN_SEED, k), SIZE);
    }

    @Test
    void sameFrameAndSeedGiveEqualScenes() {
        for (long k : new long[] {0, 1, 17, 199, 123456}) {
            Scene a = frame(new Tabletop(), k);
            Scene b = frame(new Tabletop(), k);
            assertSameScene(a, b);
        }
    }

    @Test
    void frameDoesNotDependOnWhatWasComputedBefore() {
        Scene first = frame(new Tabletop(), 42);
        Scenario s = new Tabletop();
        for (long k = 0; k < 100; k++) {
            frame(s, k);
        }
        assertSameScene(first, frame(s, 42));
        // and in reverse order on another instance
        Scenario r = new Tabletop();
        for (long k = 99; k >= 0; k--) {
            frame(r, k);
        }
        assertSameScene(first, frame(r, 42));
    }

    @Test
    void differentFramesDiffer() {
        Scenario s = new Tabletop();
        Scene a = frame(s, 3);
        Scene b = frame(s, 4);
        assertNotEquals(a, b);
        assertNotEquals(a.camera(), b.camera());
        assertNotEquals(a.lighting(), b.lighting());
        assertNotEquals(a.objects().get(1).worldFromObject(), b.objects().get(1).worldFromObject());
        assertNotEquals(a.objects().get(0).material(), b.objects().get(0).material());
        // the same frame index with another seed differs as well
        assertNotEquals(a, s.scene(3, Streams.frameSeed(RUN_SEED + 1, 3), SIZE));
    }

    /** Field by field, so a failure says what differs; matrices element-wise. */
    static void assertSameScene(Scene a, Scene b) {
        assertEquals(a.frame(), b.frame());
        assertEquals(a.seed(), b.seed());
        assertEquals(a.timeS(), b.timeS());
        assertEquals(a.background(), b.background());
        assertSameCamera(a.camera(), b.camera());
        Lighting la = a.lighting();
        Lighting lb = b.lighting();
        assertEquals(la.sunDirection().x(), lb.sunDirection().x());
        assertEquals(la.sunDirection().y(), lb.sunDirection().y());
        assertEquals(la.sunDirection().z(), lb.sunDirection().z());
        assertEquals(la.sunColor(), lb.sunColor());
        assertEquals(la.sunIntensity(), lb.sunIntensity());
        assertEquals(la.skyColor(), lb.skyColor());
        assertEquals(la.groundColor(), lb.groundColor());
        assertEquals(la.ambientIntensity(), lb.ambientIntensity());
        assertEquals(a.objects().size(), b.objects().size());
        for (int i = 0; i < a.objects().size(); i++) {
            SceneObject oa = a.objects().get(i);
            SceneObject ob = b.objects().get(i);
            assertEquals(oa.instanceId(), ob.instanceId());
            assertEquals(oa.category(), ob.category());
            assertEquals(oa.name(), ob.name());
            assertEquals(oa.shape(), ob.shape());
            assertEquals(oa.material(), ob.material());
            assertMatrixEquals(oa.worldFromObject(), ob.worldFromObject());
        }
        assertEquals(a, b);  // and the records agree as a whole
    }

    private static void assertSameCamera(Camera a, Camera b) {
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        assertEquals(a.fx(), b.fx());
        assertEquals(a.fy(), b.fy());
        assertEquals(a.cx(), b.cx());
        assertEquals(a.cy(), b.cy());
        assertEquals(a.near(), b.near());
        assertEquals(a.far(), b.far());
        assertMatrixEquals(a.worldToCamera(), b.worldToCamera());
    }

    private static void assertMatrixEquals(Matrix4dc a, Matrix4dc b) {
        double[] ea = a.get(new double[16]);
        double[] eb = b.get(new double[16]);
        for (int i = 0; i < 16; i++) {
            assertEquals(ea[i], eb[i], "matrix element " + i);
        }
    }
}
