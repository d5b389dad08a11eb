package dev.facet.engine;

import dev.facet.engine.annotate.ObjectAnnotation;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.RenderedFrame;
import java.util.List;

/**
 * A finished frame: what was asked for, the aligned pixels, and what was measured on them.
 *
 * @param semantic category id per pixel, 0 = no object, aligned with the pixels
 * @param annotations one entry per scene object, in the scene's order
 */
public record Frame(Scene scene, RenderedFrame pixels, int[] semantic, List<ObjectAnnotation> annotations) {
    public Frame {
        annotations = List.copyOf(annotations);
    }

    public long index() {
        return scene.frame();
    }
}
