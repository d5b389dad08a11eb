package dev.facet.renderer.lens;

import dev.facet.engine.spi.UserMistake;

/** A lens distortion the renderer cannot draw through: some pixel has no ray, or the undistorted view is too large. */
public final class LensOutOfRange extends IllegalArgumentException implements UserMistake {
    public LensOutOfRange(String message) {
        super(message);
    }
}
