package dev.facet.renderer.egl;

/** No headless GL context could be made; the message says why and what fixes it. */
public final class EglUnavailable extends RuntimeException {
    public EglUnavailable(String message) {
        super(message);
    }

    public EglUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
