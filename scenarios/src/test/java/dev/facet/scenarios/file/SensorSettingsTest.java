package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.DepthNoise;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.engine.scene.Scene;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code camera.distortion} and {@code camera.depth_noise} reach each frame's camera, drawn per frame, changing nothing else. */
class SensorSettingsTest {
    static final String YAML = """
            facet: 1
            camera:
              distortion: {model: opencv, k1: {kind: uniform, min: -0.2, max: -0.05}, p2: 0.001}
              depth_noise: {std_z2: 0.0015, quantization: disparity, edge_dropout: {kind: uniform, min: 0.2, max: 0.6}}
            objects:
              - category: a
                shape: {kind: box, size: [0.2, 0.2, 0.2]}
            outputs: [rgb, instance, semantic, depth, depth_noisy]
            """;
    static final String PLAIN = "facet: 1\nobjects:\n  - category: a\n    shape: {kind: box, size: [0.2, 0.2, 0.2]}\n";

    @Test
    void theLensAndSensorAreDrawnPerFrameFromTheirOwnStreams() {
        FileScenario s = FileScenarioTest.parse(YAML);
        Set<Double> k1 = new HashSet<>();
        for (int k = 0; k < 8; k++) {
            Camera c = FileScenarioTest.frame(s, k).camera();
            LensDistortion lens = c.distortion();
            assertEquals(LensDistortion.Model.OPENCV, lens.model());
            assertTrue(lens.k1() >= -0.2 && lens.k1() <= -0.05, lens.toString());
            assertEquals(List.of(lens.k1(), 0.0, 0.0, 0.001, 0.0), lens.coefficients());
            DepthNoise n = c.depthNoise();
            assertEquals(DepthNoise.Quantization.DISPARITY, n.quantization());
            assertEquals(0.05, n.baseline());
            assertEquals(0.125, n.disparityStep());
            assertEquals(0.0015, n.stdZ2());
            k1.add(lens.k1());
        }
        assertTrue(k1.size() == 8, "k1 is not drawn per frame: " + k1);
        assertEquals(FileScenarioTest.frame(s, 3), FileScenarioTest.frame(FileScenarioTest.parse(YAML), 3));
    }

    @Test
    void theyChangeNothingElseInTheFrame() {
        Scene a = FileScenarioTest.frame(FileScenarioTest.parse(PLAIN), 2);
        Scene b = FileScenarioTest.frame(FileScenarioTest.parse(YAML), 2);
        assertNull(a.camera().distortion());
        assertNull(a.camera().depthNoise());
        assertEquals(a.camera(), b.camera().withDistortion(null).withDepthNoise(null));
        assertEquals(a.objects(), b.objects());
        assertEquals(a.lighting(), b.lighting());
    }

    @Test
    void theResolvedScenarioHoldsEachModelsOwnFieldsOnly() {
        Map<?, ?> plain = new ObjectMapper().convertValue(FileScenarioTest.parse(PLAIN).describe(), Map.class);
        assertFalse(((Map<?, ?>) plain.get("camera")).containsKey("distortion"));
        assertFalse(((Map<?, ?>) plain.get("camera")).containsKey("depth_noise"));
        Map<?, ?> full = new ObjectMapper().convertValue(FileScenarioTest.parse(YAML).describe(), Map.class);
        Map<?, ?> lens = (Map<?, ?>) ((Map<?, ?>) full.get("camera")).get("distortion");
        assertEquals(List.of("model", "k1", "k2", "p1", "p2", "k3"), List.copyOf(lens.keySet()));
        Map<?, ?> noise = (Map<?, ?>) ((Map<?, ?>) full.get("camera")).get("depth_noise");
        assertFalse(noise.containsKey("depth_step"));
        assertTrue(noise.containsKey("baseline"));
        String fisheye = "facet: 1\ncamera:\n  distortion: {model: fisheye, k1: 0.05}\n";
        Map<?, ?> f = new ObjectMapper().convertValue(FileScenarioTest.parse(fisheye).describe(), Map.class);
        assertEquals(List.of("model", "k1", "k2", "k3", "k4"),
                List.copyOf(((Map<?, ?>) ((Map<?, ?>) f.get("camera")).get("distortion")).keySet()));
    }
}
