package dev.facet.engine.scene;

/**
 * An environment map: an equirectangular image (Radiance .hdr, or PNG/JPEG) around the
 * scene that lights it, and that pixels without an object show when {@code background}.
 *
 * @param image absolute path of the image file
 * @param intensity multiplier on the image's radiance
 * @param rotationDeg rotation of the map about the world y axis
 */
public record Environment(String image, double intensity, double rotationDeg, boolean background) {
    public Environment {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("an environment needs an image file");
        }
        if (!(intensity >= 0)) {
            throw new IllegalArgumentException("environment intensity must not be negative");
        }
    }
}
