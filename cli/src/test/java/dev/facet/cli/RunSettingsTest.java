package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.FrameRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@link RunSettings} merges the command line over a scenario's defaults over Facet's. */
class RunSettingsTest {
    private static final RunSettings.Given NOTHING = new RunSettings.Given(null, null, null, null, null, List.of(),
            Map.of());
    private static final RunDefaults DECLARED = new RunDefaults(7L, 10L, 20L, new ImageSize(320, 240), null,
            Map.of());

    private static RunSettings.Given given(Long seed, Long start, Long frames, Integer width, Integer height) {
        return new RunSettings.Given(seed, start, frames, width, height, List.of(), Map.of());
    }

    @Test
    void facetsDefaultsApplyWhereNobodySaysAnything() {
        RunSettings s = RunSettings.merge("x", NOTHING, RunDefaults.NONE);
        assertEquals(0, s.seed());
        assertEquals(new FrameRange(0, FrameRange.DEFAULT_COUNT), s.frames());
        assertEquals(ImageSize.DEFAULT, s.size());
        assertEquals(List.of(), s.exporters());
        assertEquals(Map.of(), s.exporterOptions());
    }

    @Test
    void theScenarioWinsOverFacetsDefaults() {
        RunSettings s = RunSettings.merge("x", NOTHING, DECLARED);
        assertEquals(7, s.seed());
        assertEquals(new FrameRange(10, 20), s.frames());
        assertEquals(new ImageSize(320, 240), s.size());
    }

    @Test
    void theCommandLineWinsOverTheScenario() {
        RunSettings s = RunSettings.merge("x", given(3L, 0L, 5L, 64, 48), DECLARED);
        assertEquals(3, s.seed());
        assertEquals(new FrameRange(0, 5), s.frames());
        assertEquals(new ImageSize(64, 48), s.size());
    }

    @Test
    void aWidthAloneKeepsTheScenariosHeight() {
        RunSettings s = RunSettings.merge("x", given(null, null, null, 100, null), DECLARED);
        assertEquals(new ImageSize(100, 240), s.size());
        assertEquals(new ImageSize(100, ImageSize.DEFAULT.height()),
                RunSettings.merge("x", given(null, null, null, 100, null), RunDefaults.NONE).size());
    }

    @Test
    void aSweepLimitsTheFrames() {
        RunDefaults sweep = new RunDefaults(null, null, 12L, null, 12L, Map.of());
        assertEquals(new FrameRange(0, 12), RunSettings.merge("s", NOTHING, sweep).frames());
        assertEquals(new FrameRange(10, 2), RunSettings.merge("s", given(null, 10L, 2L, null, null), sweep).frames());
        UserError e = assertThrows(UserError.class,
                () -> RunSettings.merge("s", given(null, 10L, 3L, null, null), sweep));
        assertEquals("the sweep of 's' has 12 frames (0..11); --start + --frames must not exceed that", e.getMessage());
    }

    @Test
    void exportersAreTheScenariosThenTheCommandLines() {
        Map<String, Map<String, Object>> exports = new LinkedHashMap<>();
        exports.put("yolo", Map.of("task", "segment", "split", 0.5));
        exports.put("coco", Map.of());
        RunDefaults declared = new RunDefaults(null, null, null, null, null, exports);
        Map<String, Map<String, String>> cli = new LinkedHashMap<>();
        cli.put("yolo", Map.of("task", "detect"));
        cli.put("bop", Map.of("scale", "2"));
        RunSettings s = RunSettings.merge("x",
                new RunSettings.Given(null, null, null, null, null, List.of("bop"), cli), declared);
        assertEquals(List.of("yolo", "coco", "bop"), s.exporters());
        assertEquals(Map.of("yolo", Map.of("task", "detect", "split", 0.5), "bop", Map.of("scale", "2")),
                s.exporterOptions());
        assertEquals(List.of("yolo", "bop"), List.copyOf(s.exporterOptions().keySet()), "empty option sets are dropped");
    }

    @Test
    void mistakesAreUserErrorsNamingTheOption() {
        assertMistake("--frames must be at least 1, got 0", given(null, null, 0L, null, null));
        assertMistake("--start must not be negative, got -1", given(null, -1L, null, null, null));
        assertMistake("frame numbers have six digits: --start + --frames must not exceed " + FrameRange.LIMIT,
                given(null, FrameRange.LIMIT - 1, 2L, null, null));
        assertMistake("--width and --height must lie in 1.." + ImageSize.MAX + ", got " + (ImageSize.MAX + 1) + "x480",
                given(null, null, null, ImageSize.MAX + 1, null));
        assertMistake("--width and --height must lie in 1.." + ImageSize.MAX + ", got 640x0",
                given(null, null, null, null, 0));
    }

    @Test
    void theLastFrameIndexFits() {
        RunSettings s = RunSettings.merge("x", given(null, FrameRange.LIMIT - 1, 1L, null, null), RunDefaults.NONE);
        assertEquals(FrameRange.LIMIT, s.frames().end());
        assertTrue(s.frames().contains(FrameRange.LIMIT - 1));
    }

    private static void assertMistake(String message, RunSettings.Given cli) {
        UserError e = assertThrows(UserError.class, () -> RunSettings.merge("x", cli, RunDefaults.NONE));
        assertEquals(message, e.getMessage());
    }
}
