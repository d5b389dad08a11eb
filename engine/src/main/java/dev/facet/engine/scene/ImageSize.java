package dev.facet.engine.scene;

/** Width and height of a frame in pixels: the one home of the size limit and the default size. */
public record ImageSize(int width, int height) {
    /** The largest width or height; textures and framebuffers of GL drivers stop here. */
    public static final int MAX = 16384;
    /** The size of a run whose scenario and command line name none. */
    public static final ImageSize DEFAULT = new ImageSize(640, 480);

    public ImageSize {
        if (width < 1 || height < 1 || width > MAX || height > MAX) {
            throw new IllegalArgumentException("image size must be within 1.." + MAX + ", got " + width + "x" + height);
        }
    }

    public static boolean fits(long width, long height) {
        return width >= 1 && height >= 1 && width <= MAX && height <= MAX;
    }

    public int pixels() {
        return width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
