package dev.facet.engine.spi;

import dev.facet.engine.scene.Scene;
import java.util.List;

/**
 * Turns a scene description into aligned pixel buffers. One renderer lives on one thread:
 * every call, close included, must come from the thread that created it.
 *
 * <p>Two ways to call it. {@link #render} renders one scene into fresh buffers and waits.
 * The run loop uses {@link #renderInto} and {@link #drain} instead: a renderer may keep a
 * few frames in flight (drawing frame k+1 while frame k is read back), writing each into
 * buffers the caller owns and reuses, and hands frames back in the order they were given.
 */
public interface Renderer extends AutoCloseable {

    RenderedFrame render(Scene scene);

    /**
     * Starts rendering {@code scene} into {@code into}; returns the buffers of the oldest
     * frame in flight once its pixels are complete, or null while the pipeline fills.
     * Frames come back in the order they were given.
     */
    default RenderedFrame renderInto(Scene scene, RenderedFrame into) {
        render(scene).copyTo(into);
        return into;
    }

    /**
     * Like {@link #renderInto(Scene, RenderedFrame)}, with {@code next}, the scene one step later (the
     * same sequence at t+1), from which the layers that {@linkplain Modality#needsNextScene() need it}
     * (flow) are made; {@code next} is null when no layer asked for needs it.
     */
    default RenderedFrame renderInto(Scene scene, Scene next, RenderedFrame into) {
        if (next != null) {
            throw new UnsupportedOperationException(description() + " cannot make layers from the next scene");
        }
        return renderInto(scene, into);
    }

    /** Like {@link #render(Scene)}, with the scene one step later for the layers that need it (see above). */
    default RenderedFrame render(Scene scene, Scene next) {
        if (next != null) {
            throw new UnsupportedOperationException(description() + " cannot make layers from the next scene");
        }
        return render(scene);
    }

    /** Completes every frame still in flight and returns their buffers, oldest first. */
    default List<RenderedFrame> drain() {
        return List.of();
    }

    /**
     * How many frames {@link #renderInto} may hold beyond the one being drawn before it hands
     * the oldest back; the caller keeps that many more buffer sets. 0 for a renderer that
     * finishes each frame before returning.
     */
    default int framesInFlight() {
        return 0;
    }

    /**
     * Asks for the optional per-pixel {@code layers} (none of them {@linkplain Modality#standard() standard})
     * in every frame rendered from now on; the run calls it once, before the first frame, with what its
     * exporters need. Fails, naming them, when this renderer cannot produce some of them.
     */
    default void produceLayers(java.util.Set<Modality> layers) {
        if (!layers.isEmpty()) {
            throw new UnsupportedOperationException(description() + " cannot produce "
                    + layers.stream().map(Modality::id).toList());
        }
    }

    /** One line naming the device and driver, e.g. "NVIDIA H100 (EGL device 0), OpenGL 4.6". */
    String description();

    @Override
    void close();
}
