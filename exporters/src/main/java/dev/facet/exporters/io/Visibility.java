package dev.facet.exporters.io;

import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;

/**
 * An object's visibility: its visible pixels over its whole unoccluded silhouette, the part
 * outside the image included (BOP's visib_fract, and like MOTChallenge's visibility it falls
 * with occlusion and with truncation at the image border); 0 when the silhouette is empty.
 */
public final class Visibility {
    private Visibility() {
    }

    /** {@code a}'s visibility given its mask {@code m} (null: no silhouette on the canvas, visibility 0). */
    public static double of(ObjectAnnotation a, AmodalMasks.Mask m) {
        return m == null || m.pixelCountAll() == 0 ? 0.0 : (double) a.pixelCount() / m.pixelCountAll();
    }

    /** {@code a}'s visibility in {@code frame}, which must carry amodal masks. */
    public static double of(Frame frame, ObjectAnnotation a) {
        return of(a, frame.pixels().layers().amodal().of(a.instanceId()));
    }
}
