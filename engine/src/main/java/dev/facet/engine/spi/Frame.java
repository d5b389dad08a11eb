package dev.facet.engine.spi;

import dev.facet.engine.scene.Scene;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A finished frame: what was asked for, the aligned pixels, what was measured on them, and
 * what exporters derived from them once for all ({@link #derived}, e.g. encoded images).
 *
 * @see #annotations()
 */
public final class Frame {
    private final Scene scene;
    private final RenderedFrame pixels;
    private final int[] semantic;
    private final List<ObjectAnnotation> annotations;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param semantic category id per pixel, 0 = no object, aligned with the pixels
     * @param annotations one entry per scene object, in the scene's order
     */
    public Frame(Scene scene, RenderedFrame pixels, int[] semantic, List<ObjectAnnotation> annotations) {
        this.scene = scene;
        this.pixels = pixels;
        this.semantic = semantic;
        this.annotations = List.copyOf(annotations);
    }

    public Scene scene() {
        return scene;
    }

    public RenderedFrame pixels() {
        return pixels;
    }

    public int[] semantic() {
        return semantic;
    }

    /** Each scene object with its measurements, in the scene's order. */
    public List<ObjectAnnotation> annotations() {
        return annotations;
    }

    public long index() {
        return scene.frame();
    }

    /**
     * A value computed from this frame once and shared by every exporter that asks with an
     * equal {@code key} (for example one PNG encoding of the RGB image). It must not hold on
     * to the pixel buffers, which are reused once the frame is written.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Supplier<T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.get());
    }
}
