package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.scene.CameraEffects;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Scene;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code render} block and {@code camera.effects} reach each frame's scene, effects drawn per frame. */
class RenderSettingsTest {
    static final String YAML = """
            facet: 1
            render: {antialias: 4, tone_mapping: aces, exposure: -0.5, soft_shadows: true}
            camera:
              effects:
                noise: {gaussian_std: {kind: uniform, min: 0.0, max: 0.05}, poisson_scale: 800}
                vignetting: 0.3
                jpeg_quality: {kind: int_range, min: 40, max: 90}
            objects:
              - category: a
                shape: {kind: box, size: [0.2, 0.2, 0.2]}
            """;

    @Test
    void settingsReachTheSceneAndEffectsVaryPerFrameButNotPerRun() {
        FileScenario s = FileScenarioTest.parse(YAML);
        Scene f0 = FileScenarioTest.frame(s, 0);
        Rendering r = f0.rendering();
        assertEquals(4, r.antialias());
        assertEquals(Rendering.ToneMapping.ACES, r.toneMapping());
        assertEquals(-0.5, r.exposure());
        assertTrue(r.softShadows());
        assertEquals(800, r.effects().poissonScale());
        assertEquals(0.3, r.effects().vignetting());
        assertEquals(0, r.effects().chromaticAberrationPx());
        Set<CameraEffects> drawn = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            CameraEffects e = FileScenarioTest.frame(s, k).rendering().effects();
            assertTrue(e.jpegQuality() >= 40 && e.jpegQuality() <= 90 && e.gaussianStd() <= 0.05, e.toString());
            drawn.add(e);
        }
        assertTrue(drawn.size() > 5, "effects are not drawn per frame: " + drawn);
        assertEquals(f0, FileScenarioTest.frame(FileScenarioTest.parse(YAML), 0), "the same seed draws the same effects");
    }

    @Test
    void theSettingsChangeNothingElseInTheFrame() {
        String plain = "facet: 1\nobjects:\n  - category: a\n    shape: {kind: box, size: [0.2, 0.2, 0.2]}\n";
        Scene a = FileScenarioTest.frame(FileScenarioTest.parse(plain), 3);
        Scene b = FileScenarioTest.frame(FileScenarioTest.parse(YAML), 3);
        assertEquals(Rendering.DEFAULT, a.rendering());
        assertNotEquals(a.rendering(), b.rendering());
        assertEquals(a.objects(), b.objects());
        assertEquals(a.camera(), b.camera());
        assertEquals(a.lighting(), b.lighting());
    }

    @Test
    void absentBlocksStayAbsentInTheResolvedScenario() throws Exception {
        String plain = "facet: 1\n";
        Map<?, ?> d = new ObjectMapper().convertValue(FileScenarioTest.parse(plain).describe(), Map.class);
        assertFalse(d.containsKey("render"));
        assertFalse(((Map<?, ?>) d.get("camera")).containsKey("effects"));
        Map<?, ?> full = new ObjectMapper().convertValue(FileScenarioTest.parse(YAML).describe(), Map.class);
        assertEquals(Map.of("antialias", 4, "tone_mapping", "aces", "exposure", -0.5, "soft_shadows", true,
                "light_shadows", 0), full.get("render"));
    }

    static final String SEQUENCE = """
            facet: 1
            sequence: {frames: 3, fps: 10}
            render: {light_shadows: 1, ambient_occlusion: {radius: 0.1}, motion_blur: {samples: 3}}
            lighting:
              lights: [{kind: spot, position: [0, 2, 0], target: [0, 0, 0]}]
            objects:
              - category: a
                shape: {kind: box, size: [0.2, 0.2, 0.2]}
                motion: {velocity: [1, 0, 0]}
            """;

    @Test
    void shadowsOcclusionAndBlurReachTheSceneAndTheShutterClosesAtTheNextStep() throws Exception {
        FileScenario s = FileScenarioTest.parse(SEQUENCE);
        Rendering r = s.sceneInRun(0, 0, s.defaults().size()).rendering();
        assertEquals(1, r.lightShadows());
        assertEquals(new Rendering.AmbientOcclusion(0.1, 1), r.ambientOcclusion());
        assertEquals(new Rendering.MotionBlur(0.5, 3), r.motionBlur());
        Map<?, ?> d = new ObjectMapper().convertValue(s.describe(), Map.class);
        assertEquals(Map.of("radius", 0.1, "intensity", 1.0), ((Map<?, ?>) d.get("render")).get("ambient_occlusion"));
        assertEquals(Map.of("shutter", 0.5, "samples", 3), ((Map<?, ?>) d.get("render")).get("motion_blur"));
        for (int k = 0; k < 3; k++) {
            Scene frame = s.sceneToRender(0, k, s.defaults().size());
            Scene other = s.sceneInRun(0, k < 2 ? k + 1 : k - 1, s.defaults().size());
            assertEquals(s.sceneInRun(0, k, s.defaults().size()), frame.withShutterEnd(null), "the frame itself changed");
            assertEquals(other, frame.shutterEnd(), "frame " + k + " closes its shutter at the wrong step");
        }
        FileScenario plain = FileScenarioTest.parse(YAML);
        assertEquals(null, plain.sceneToRender(0, 0, plain.defaults().size()).shutterEnd(), "a still frame has no shutter end");
    }
}
