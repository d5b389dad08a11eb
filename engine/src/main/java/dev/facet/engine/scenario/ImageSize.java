package dev.facet.engine.scenario;

public record ImageSize(int width, int height) {
    public ImageSize {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("image size must be within 1..16384, got " + width + "x" + height);
        }
    }
}
