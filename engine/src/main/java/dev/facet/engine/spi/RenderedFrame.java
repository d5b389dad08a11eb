package dev.facet.engine.spi;

/**
 * The aligned per-pixel buffers of one frame, rows top-down (OpenCV order), all sampled
 * at the same pixel centres.
 *
 * @param rgb 8-bit sRGB, 3 bytes per pixel
 * @param instance instance id per pixel, 0 = no object
 * @param depth z in the camera frame in metres, 0 = no surface
 * @param layers the optional layers the run asked for (normals, flow, ...)
 */
public record RenderedFrame(int width, int height, byte[] rgb, int[] instance, float[] depth, PixelLayers layers) {
    public RenderedFrame {
        int n = width * height;
        if (rgb.length != 3 * n || instance.length != n || depth.length != n) {
            throw new IllegalArgumentException("buffer sizes do not match " + width + "x" + height);
        }
        for (Modality m : layers.modalities()) {
            if (layers.get(m).length != m.channels() * n) {
                throw new IllegalArgumentException("the " + m.id() + " layer does not match " + width + "x" + height);
            }
        }
    }

    /** A frame without optional layers. */
    public RenderedFrame(int width, int height, byte[] rgb, int[] instance, float[] depth) {
        this(width, height, rgb, instance, depth, PixelLayers.none());
    }

    /** Fresh, zeroed buffers for one frame, without optional layers. */
    public static RenderedFrame allocate(int width, int height) {
        return allocate(width, height, java.util.Set.of());
    }

    /** Fresh, zeroed buffers for one frame with the optional {@code layers}. */
    public static RenderedFrame allocate(int width, int height, java.util.Set<Modality> layers) {
        int n = Math.multiplyExact(width, height);
        return new RenderedFrame(width, height, new byte[Math.multiplyExact(3, n)], new int[n], new float[n],
                PixelLayers.allocate(layers, n));
    }

    /** Copies these pixels into {@code target}, which must have the same size. */
    public void copyTo(RenderedFrame target) {
        if (target.width != width || target.height != height) {
            throw new IllegalArgumentException("cannot copy a " + width + "x" + height + " frame into "
                    + target.width + "x" + target.height + " buffers");
        }
        System.arraycopy(rgb, 0, target.rgb, 0, rgb.length);
        System.arraycopy(instance, 0, target.instance, 0, instance.length);
        System.arraycopy(depth, 0, target.depth, 0, depth.length);
        layers.copyTo(target.layers);
    }
}
