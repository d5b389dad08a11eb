package dev.facet.renderer.egl;

import dev.facet.engine.spi.UserMistake;

/** The requested EGL device index does not exist on this machine: a mistake in the request. */
public final class NoSuchDevice extends RuntimeException implements UserMistake {
    public NoSuchDevice(String message) {
        super(message);
    }
}
