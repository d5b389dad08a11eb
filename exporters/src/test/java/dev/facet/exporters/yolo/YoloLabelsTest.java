package dev.facet.exporters.yolo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.SyntheticFrames;
import dev.facet.exporters.registry.Exporters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segment labels are traced inside each object's box; they must equal the outline of the whole frame's mask. */
class YoloLabelsTest {
    @TempDir
    Path out;

    @Test
    void segmentPolygonsEqualTheOutlinesOfTheFullFrameMask() throws IOException {
        YoloExporter yolo = new YoloExporter();
        yolo.configure(Exporters.options(yolo, Map.of("task", "segment")));
        yolo.start(SyntheticFrames.info(out, 0, 4));
        for (long k = 0; k < 4; k++) {
            Frame frame = SyntheticFrames.frame(k);
            StringBuilder expected = new StringBuilder();
            int w = frame.pixels().width();
            int h = frame.pixels().height();
            ClassIndex classes = new ClassIndex(SyntheticFrames.CATEGORIES);
            for (ObjectAnnotation a : frame.annotations()) {
                if (!a.visible()) {
                    continue;
                }
                boolean[] mask = new boolean[w * h];
                for (int p = 0; p < mask.length; p++) {
                    mask[p] = frame.pixels().instance()[p] == a.instanceId();
                }
                expected.append(classes.of(a.object().category()));
                int[] polygon = MaskOutline.joined(MaskOutline.trace(mask, w, h));
                for (int j = 0; j < polygon.length; j += 2) {
                    expected.append(String.format(Locale.ROOT, " %.6f %.6f", (double) polygon[j] / w, (double) polygon[j + 1] / h));
                }
                expected.append('\n');
            }
            assertTrue(expected.length() > 0, "frame " + k + " shows objects");
            assertEquals(expected.toString(), yolo.labels(frame), "frame " + k);
        }
    }
}
