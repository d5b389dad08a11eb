package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 16-bit depth PNG (depth16/, bop depth/) against {@code depth/NNNNNN.npy}: every sample is
 * round(depth * 1000 / unit_mm), clamped to 0..65535, and 0 where there is no surface.
 */
final class DepthPngCheck {
    private static final int MAX = 0xFFFF;

    private DepthPngCheck() {
    }

    /** Checks {@code png} against the frame's depth; a frame without depth is not checked. */
    static void check(Findings findings, String check, Path png, FrameData f, double unitMm) {
        if (f.depth() == null) {
            return;
        }
        if (!findings.expect(Files.isRegularFile(png), check, png, "missing")) {
            return;
        }
        Pixels.Gray g;
        try {
            g = Pixels.gray(png);
        } catch (IOException e) {
            findings.failed(check, png, IntegrityCheck.firstLine(e));
            return;
        }
        float[] d = f.depth().values();
        if (!findings.expect(g.width() == f.depth().width() && g.height() == f.depth().height(), check, png,
                "is " + g.width() + "x" + g.height() + ", the depth npy " + f.depth().width() + "x" + f.depth().height())) {
            return;
        }
        double scale = 1000.0 / unitMm;
        long wrong = 0;
        int first = -1;
        for (int p = 0; p < d.length; p++) {
            int expected = d[p] > 0 && Float.isFinite(d[p]) ? (int) Math.min(MAX, Math.round(d[p] * scale)) : 0;
            if (g.samples()[p] != expected && wrong++ == 0) {
                first = p;
            }
        }
        findings.expect(wrong == 0, check, png, wrong + " samples differ from the depth npy at " + unitMm
                + " mm per unit, first at pixel " + first);
    }
}
