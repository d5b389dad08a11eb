package dev.facet.renderer.egl;

/** The requested EGL device index does not exist on this machine: a mistake in the request. */
public final class NoSuchDevice extends RuntimeException {
    public NoSuchDevice(String message) {
        super(message);
    }
}
