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
        assertEquals(Map.of("antialias", 4, "tone_mapping", "aces", "exposure", -0.5, "soft_shadows", true),
                full.get("render"));
    }
}
