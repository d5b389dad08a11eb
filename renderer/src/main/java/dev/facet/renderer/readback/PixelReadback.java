package dev.facet.renderer.readback;

import dev.facet.engine.spi.RenderedFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;

/**
 * Asynchronous readback of the three targets through a ring of pixel buffer objects:
 * {@link #start} queues copies of the framebuffer into the next free PBO and sets a fence,
 * so the GPU keeps drawing the next frame while the copy runs; {@link #finishOldest} waits
 * on the oldest fence, maps its PBO and copies the rows top-down into the caller's buffers.
 */
public final class PixelReadback implements AutoCloseable {
    private final int width;
    private final int height;
    private final int rgbBytes;
    private final int idOffset;
    private final int depthOffset;
    private final PboRing<RenderedFrame> ring;
    private final float[] idRow;

    /** The most bytes one frame's readback may take: a mapped buffer is a Java ByteBuffer, indexed by int. */
    public static final long MAX_BYTES = Integer.MAX_VALUE;

    /** The bytes one frame of {@code width} x {@code height} takes: RGB (aligned), instance ids and depth. */
    public static long bytes(int width, int height) {
        long n = (long) width * height;
        return ((3 * n + 15) & ~15L) + 8 * n;
    }

    /** A frame too large to read back: the user's choice of size, reported as such. */
    public static final class TooLarge extends IllegalArgumentException implements dev.facet.engine.spi.UserMistake {
        TooLarge(int width, int height) {
            super("a " + width + "x" + height + " frame needs " + bytes(width, height) + " bytes of readback (11 per pixel),"
                    + " more than the " + MAX_BYTES + " one buffer can hold; render at most about 195 million pixels"
                    + " (e.g. 13960x13960)");
        }
    }

    /** Refuses a size whose readback does not fit one buffer. */
    public static void checkSize(int width, int height) {
        if (bytes(width, height) > MAX_BYTES) {
            throw new TooLarge(width, height);
        }
    }

    /** @param slots PBOs in the ring: how many frames may be in flight at once */
    public PixelReadback(int width, int height, int slots) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        int n = width * height;  // fits: checked above
        rgbBytes = align(3 * n);
        idOffset = rgbBytes;
        depthOffset = idOffset + 4 * n;
        int size = depthOffset + 4 * n;
        idRow = new float[width];
        ring = new PboRing<>("readback buffer", "no frame in flight", slots, size, size);
    }

    private static int align(int bytes) {
        return (bytes + 15) & ~15;
    }

    /** True when every PBO holds a frame not yet finished. */
    public boolean full() {
        return ring.inFlight() == ring.slots();
    }

    public boolean isEmpty() {
        return ring.inFlight() == 0;
    }

    /** Queues the copy of {@code framebuffer}'s three colour targets; their pixels go to {@code into}. */
    public void start(int framebuffer, RenderedFrame into) {
        if (full()) {
            throw new IllegalStateException("readback ring is full: finish a frame first");
        }
        if (into.width() != width || into.height() != height) {
            throw new IllegalArgumentException("buffers of " + into.width() + "x" + into.height()
                    + " for a " + width + "x" + height + " frame");
        }
        GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, framebuffer);
        int pbo = ring.bindNext();
        GL11.glPixelStorei(GL11.GL_PACK_ALIGNMENT, 1);
        GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0);
        GL11.glReadPixels(0, 0, width, height, GL11.GL_RGB, GL11.GL_UNSIGNED_BYTE, 0L);
        GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT1);
        GL11.glReadPixels(0, 0, width, height, GL11.GL_RED, GL11.GL_FLOAT, idOffset);
        GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT2);
        GL11.glReadPixels(0, 0, width, height, GL11.GL_RED, GL11.GL_FLOAT, depthOffset);
        ring.queue(pbo, into);
    }

    /** Waits for the oldest queued copy and writes its pixels, rows top-down; returns its buffers. */
    public RenderedFrame finishOldest() {
        return ring.finish(this::copyRows);
    }

    /** GL rows run bottom-up; images run top-down. */
    private void copyRows(ByteBuffer mapped, RenderedFrame into) {
        byte[] rgb = into.rgb();
        int[] instance = into.instance();
        float[] depth = into.depth();
        int rowBytes = 3 * width;
        FloatBuffer ids = mapped.position(idOffset).slice().order(ByteOrder.nativeOrder()).asFloatBuffer();
        FloatBuffer depths = mapped.position(depthOffset).slice().order(ByteOrder.nativeOrder()).asFloatBuffer();
        mapped.position(0);
        for (int glRow = 0; glRow < height; glRow++) {
            int row = height - 1 - glRow;
            mapped.get(glRow * rowBytes, rgb, row * rowBytes, rowBytes);
            depths.get(glRow * width, depth, row * width, width);
            ids.get(glRow * width, idRow, 0, width);
            int dst = row * width;
            for (int x = 0; x < width; x++) {
                instance[dst + x] = (int) idRow[x];
            }
        }
    }

    @Override
    public void close() {
        ring.close();
    }
}
