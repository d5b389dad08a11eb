package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a swept dataset in a real headless Chromium: it loads without console errors and
 * shows every frame, a parameter filter narrows the grid, overlay toggles change the viewer's
 * pixels, and the page is not blank. Skips only where Chromium is absent outside CI.
 */
class ViewerBrowserTest {
    private static final int FRAMES = 6;

    @TempDir
    Path dir;

    @Test
    void reportWorksInABrowser() throws Exception {
        Optional<Path> chromium = Chromium.find();
        if (chromium.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("chromium is not installed, and CI must run the browser test (.ci/run installs chromium)");
            }
            Assumptions.abort("chromium is not installed here (apt-get install chromium): browser test skipped");
        }
        Path data = dir.resolve("sweep");
        assertEquals(0, Facet.execute("run", "sun-sweep", "--frames", Integer.toString(FRAMES), "--width", "160",
                "--height", "120", "--out", data.toString()));
        Path eval = dir.resolve("eval.json");
        Files.writeString(eval, "{\"task\": \"detection\", \"overall\": {\"AP\": 0.6}, \"slices\": ["
                + "{\"key\": \"sun_elevation\", \"bin\": \"[15, 30)\", \"lo\": 15, \"hi\": 30, \"frames\": 4,"
                + " \"metrics\": {\"AP\": 0.5, \"AP50\": 0.7}},"
                + "{\"key\": \"sun_elevation\", \"bin\": \"[30, 60)\", \"lo\": 30, \"hi\": 60, \"frames\": 2,"
                + " \"metrics\": {\"AP\": 0.65, \"AP50\": 0.8}}], \"per_frame\": []}");
        Path report = dir.resolve("report").resolve("report.html");
        assertEquals(0, Facet.execute("view", data.toString(), "--out", report.toString(), "--eval", eval.toString()));
        try (Chromium browser = new Chromium(chromium.get(), dir.resolve("profile"))) {
            browser.navigate(report.toUri().toString());
            browser.await("window.facetReport && window.facetReport.ready");
            assertEquals(FRAMES, browser.eval("document.querySelectorAll('#grid .frame').length").asInt());
            browser.await("[...document.querySelectorAll('#grid img')].every(i => i.complete && i.naturalWidth > 0)");
            assertTrue(browser.eval("document.querySelectorAll('#charts .chart canvas').length").asInt() >= 4,
                    "the charts are drawn");
            assertEquals(1, browser.eval("document.querySelectorAll('#eval .chart canvas').length").asInt(),
                    "one chart per slice key of the evaluation");
            filterNarrowsTheGrid(browser, data);
            overlaysChangePixels(browser);
            browser.eval("document.getElementById('toggle-boxes').click()");
            browser.await("Number(document.getElementById('view').dataset.draws) >= 9");
            BufferedImage page = browser.screenshot(null);
            assertTrue(colours(page) > 100, "the page screenshot is not blank");
            ImageIO.write(page, "png", Path.of("target", "viewer-screenshot.png").toFile());
            assertEquals(java.util.List.of(), browser.errors(), "no console errors");
        }
    }

    private static void filterNarrowsTheGrid(Chromium browser, Path data) throws Exception {
        JsonNode meta = new ObjectMapper().readTree(data.resolve("meta/000000.json").toFile());
        String value = meta.path("params").path("sun_elevation").asText();
        int expected = 0;
        for (int f = 0; f < FRAMES; f++) {
            JsonNode m = new ObjectMapper().readTree(data.resolve(String.format("meta/%06d.json", f)).toFile());
            expected += m.path("params").path("sun_elevation").asText().equals(value) ? 1 : 0;
        }
        assertTrue(expected < FRAMES, "the sweep has more than one sun elevation in " + FRAMES + " frames");
        browser.eval("(() => { const s = document.getElementById('filter-param-sun_elevation'); s.value = '" + value
                + "'; s.dispatchEvent(new Event('change')); })()");
        assertEquals(expected, browser.eval("[...document.querySelectorAll('#grid .frame')].filter(f => !f.hidden).length")
                .asInt());
        browser.eval("(() => { const s = document.getElementById('filter-param-sun_elevation'); s.value = '';"
                + " s.dispatchEvent(new Event('change')); })()");
        assertEquals(FRAMES, browser.eval("[...document.querySelectorAll('#grid .frame')].filter(f => !f.hidden).length")
                .asInt());
    }

    private static void overlaysChangePixels(Chromium browser) throws Exception {
        browser.eval("document.querySelector('#grid .frame').click()");
        browser.await("Number(document.getElementById('view').dataset.draws) >= 1");
        BufferedImage plain = browser.screenshot("#view");
        int draws = 1;
        for (String toggle : new String[] {"toggle-instance", "toggle-depth", "toggle-boxes"}) {
            browser.eval("document.getElementById('" + toggle + "').click()");
            draws++;
            browser.await("Number(document.getElementById('view').dataset.draws) >= " + draws);
            BufferedImage overlaid = browser.screenshot("#view");
            assertTrue(changed(plain, overlaid) > 0.01, toggle + " changes the viewer's pixels");
            browser.eval("document.getElementById('" + toggle + "').click()");
            draws++;
            browser.await("Number(document.getElementById('view').dataset.draws) >= " + draws);
        }
        browser.eval("document.getElementById('toggle-instance').click()");
        browser.await("Number(document.getElementById('view').dataset.draws) >= " + (draws + 1));
        browser.eval("document.getElementById('view').dispatchEvent(new MouseEvent('mousemove', {clientX: "
                + "document.getElementById('view').getBoundingClientRect().x + 320, clientY: "
                + "document.getElementById('view').getBoundingClientRect().y + 240}))");
        assertTrue(browser.eval("document.getElementById('details').textContent").asText().contains("frame 0"));
    }

    /** Share of pixels that differ between two screenshots of the same element. */
    private static double changed(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return (double) differ / ((long) w * h);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
