package dev.facet.engine.spi;

import dev.facet.engine.scene.Scene;

/**
 * Turns a scene description into aligned pixel buffers. One renderer lives on one thread:
 * every call, close included, must come from the thread that created it.
 */
public interface Renderer extends AutoCloseable {

    RenderedFrame render(Scene scene);

    /** One line naming the device and driver, e.g. "NVIDIA H100 (EGL device 0), OpenGL 4.6". */
    String description();

    @Override
    void close();
}
