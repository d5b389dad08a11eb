package dev.facet.renderer.amodal;

import com.jme3.scene.Geometry;
import dev.facet.engine.spi.AmodalMasks;
import java.nio.IntBuffer;
import java.util.List;

/**
 * One object's silhouette as the draws read it back: its pixels inside the image (within
 * the part of its screen rectangle that lies in the image), and the count and bounds of its
 * pixels outside the image on the enlarged canvas.
 */
final class ObjectSilhouette {
    private final int instanceId;
    private final List<Geometry> geometries;
    private final ScreenRect rect;
    private ScreenRect imagePart = ScreenRect.EMPTY;
    private boolean[] imagePixels = new boolean[0];
    private long outside;
    private final int[] outsideBox = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};

    /** @param geometries what draws the object's silhouette (see {@code SceneMirror.amodalGeometries}) */
    ObjectSilhouette(int instanceId, List<Geometry> geometries, ScreenRect rect) {
        this.instanceId = instanceId;
        this.geometries = List.copyOf(geometries);
        this.rect = rect;
    }

    List<Geometry> geometries() {
        return geometries;
    }

    ScreenRect rect() {
        return rect;
    }

    /** Takes bit {@code bit} of the image pixels read back over {@code read}. */
    void readImage(IntBuffer pixels, ScreenRect read, int bit, int w, int h) {
        imagePart = rect.intersect(0, 0, w, h);
        int pw = imagePart.u1() - imagePart.u0();
        imagePixels = new boolean[pw * (imagePart.v1() - imagePart.v0())];
        int readWidth = read.u1() - read.u0();
        int mask = 1 << bit;
        for (int y = imagePart.v0(); y < imagePart.v1(); y++) {
            int row = (read.v1() - 1 - y) * readWidth - read.u0();
            int out = (y - imagePart.v0()) * pw - imagePart.u0();
            for (int x = imagePart.u0(); x < imagePart.u1(); x++) {
                imagePixels[out + x] = (pixels.get(row + x) & mask) != 0;
            }
        }
    }

    /** Counts bit {@code bit} in {@code strip} (image coordinates, outside the image), read back as it is. */
    void readOutside(IntBuffer pixels, ScreenRect strip, int bit) {
        ScreenRect part = rect.intersect(strip.u0(), strip.v0(), strip.u1(), strip.v1());
        int readWidth = strip.u1() - strip.u0();
        int mask = 1 << bit;
        for (int y = part.v0(); y < part.v1(); y++) {
            int row = (strip.v1() - 1 - y) * readWidth - strip.u0();
            for (int x = part.u0(); x < part.u1(); x++) {
                if ((pixels.get(row + x) & mask) != 0) {
                    outside++;
                    outsideBox[0] = Math.min(outsideBox[0], x);
                    outsideBox[1] = Math.min(outsideBox[1], y);
                    outsideBox[2] = Math.max(outsideBox[2], x);
                    outsideBox[3] = Math.max(outsideBox[3], y);
                }
            }
        }
    }

    /** The mask as read: the image part cut to its tight box, plus what lies outside. */
    AmodalMasks.Mask mask() {
        int minU = Integer.MAX_VALUE;
        int minV = Integer.MAX_VALUE;
        int maxU = Integer.MIN_VALUE;
        int maxV = Integer.MIN_VALUE;
        long count = 0;
        int pw = imagePart.u1() - imagePart.u0();
        for (int i = 0; i < imagePixels.length; i++) {
            if (imagePixels[i]) {
                int x = imagePart.u0() + i % pw;
                int y = imagePart.v0() + i / pw;
                count++;
                minU = Math.min(minU, x);
                maxU = Math.max(maxU, x);
                minV = Math.min(minV, y);
                maxV = Math.max(maxV, y);
            }
        }
        int[] canvas = {Math.min(minU, outsideBox[0]), Math.min(minV, outsideBox[1]), Math.max(maxU, outsideBox[2]),
            Math.max(maxV, outsideBox[3])};
        if (count == 0) {
            return new AmodalMasks.Mask(instanceId, 0, 0, 0, 0, new boolean[0], 0, outside, canvas);
        }
        int cw = maxU - minU + 1;
        int ch = maxV - minV + 1;
        boolean[] cut = new boolean[cw * ch];
        for (int v = 0; v < ch; v++) {
            System.arraycopy(imagePixels, (minV + v - imagePart.v0()) * pw + (minU - imagePart.u0()), cut, v * cw, cw);
        }
        return new AmodalMasks.Mask(instanceId, minU, minV, cw, ch, cut, count, count + outside, canvas);
    }
}
