package dev.facet.exporters.bop;

import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.ObjectMask;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A scene's per-object masks, as the BOP toolkit's calc_gt_masks.py writes them: 8-bit PNGs of
 * the whole image, 255 inside, 0 outside. {@code mask_visib/} holds the object's visible pixels
 * (the instance image's), {@code mask/} its whole unoccluded silhouette within the image (the
 * image part of its amodal mask, so it holds every visible pixel).
 */
final class BopMasks {
    static final String VISIBLE = "mask_visib";
    static final String WHOLE = "mask";

    private BopMasks() {
    }

    /** 255 where the object is visible, 0 elsewhere, the whole image. */
    static byte[] visible(Frame frame, ObjectAnnotation a) {
        int w = frame.pixels().width();
        byte[] mask = new byte[w * frame.pixels().height()];
        if (a.visible()) {
            ObjectMask box = ObjectMask.of(frame, a);
            for (int v = 0; v < box.height(); v++) {
                for (int u = 0; u < box.width(); u++) {
                    if (box.at(u, v)) {
                        mask[(box.y() + v) * w + box.x() + u] = (byte) 255;
                    }
                }
            }
        }
        return mask;
    }

    /**
     * 255 where the object's unoccluded silhouette covers the image, 0 elsewhere; all 0 when
     * {@code whole} (its amodal mask) is null or lies outside the image. The canvas beyond the
     * image only counts in scene_gt_info's px_count_all.
     */
    static byte[] whole(int w, int h, AmodalMasks.Mask whole) {
        byte[] mask = new byte[w * h];
        if (whole != null) {
            for (int v = 0; v < whole.height(); v++) {
                for (int u = 0; u < whole.width(); u++) {
                    if (whole.pixels()[v * whole.width() + u]) {
                        mask[(whole.y() + v) * w + whole.x() + u] = (byte) 255;
                    }
                }
            }
        }
        return mask;
    }

    static void write(Path file, int w, int h, byte[] mask) throws IOException {
        AtomicFiles.write(file, out -> PngEncoder.ofThisThread(PngEncoder.DEFAULT_LEVEL).writeGray8(out, w, h, mask));
    }
}
