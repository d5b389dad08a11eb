package dev.facet.renderer.amodal;

import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.Renderer;
import com.jme3.scene.Geometry;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Image;
import java.nio.IntBuffer;
import java.util.List;
import org.lwjgl.BufferUtils;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;

/**
 * An R32UI framebuffer into which up to 32 objects are drawn at once, object i OR-ing bit i
 * into the pixels it covers (no depth test), so each pixel ends up holding the set of objects
 * whose silhouettes cover it. Rectangles are in the target's own pixels, rows top-down.
 */
final class BitTarget {
    /** Objects per draw: the bits of one R32UI value. */
    static final int GROUP = 32;

    private final int width;
    private final int height;
    private final FrameBuffer frameBuffer;
    private final int[] zero = new int[4];
    private IntBuffer pixels = BufferUtils.createIntBuffer(1);

    BitTarget(int width, int height) {
        this.width = width;
        this.height = height;
        frameBuffer = new FrameBuffer(width, height, 1);
        frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.R32UI));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * Clears {@code rect} to 0 and draws each object's geometries (at most {@link #GROUP} objects)
     * seen by {@code camera}, object i with bit i, OR-ing the bits, each geometry with its own
     * material's face culling and alpha test ({@link AmodalMaterials}).
     */
    void draw(RenderManager rm, Camera camera, AmodalMaterials materials, List<List<Geometry>> objects,
              ScreenRect rect) {
        if (objects.size() > GROUP) {
            throw new IllegalArgumentException("at most " + GROUP + " objects per draw, got " + objects.size());
        }
        Renderer r = rm.getRenderer();
        r.setFrameBuffer(frameBuffer);
        rm.setCamera(camera, false);
        r.setClipRect(rect.u0(), height - rect.v1(), rect.u1() - rect.u0(), rect.v1() - rect.v0());
        GL30.glClearBufferuiv(GL11.GL_COLOR, 0, zero);
        GL11.glEnable(GL11.GL_COLOR_LOGIC_OP);
        GL11.glLogicOp(GL11.GL_OR);
        try {
            for (int i = 0; i < objects.size(); i++) {
                for (Geometry g : objects.get(i)) {
                    rm.setForcedMaterial(materials.of(g, i));
                    rm.renderGeometry(g);
                }
            }
        } finally {
            rm.setForcedMaterial(null);
            GL11.glDisable(GL11.GL_COLOR_LOGIC_OP);
            r.clearClipRect();
        }
    }

    /**
     * Reads {@code rect} back (waiting for the draw): the value of target pixel (x, y) is at
     * {@code (rect.v1() - 1 - y) * rect width + (x - rect.u0())} of the returned buffer.
     */
    IntBuffer read(ScreenRect rect) {
        int w = rect.u1() - rect.u0();
        int h = rect.v1() - rect.v0();
        if (pixels.capacity() < w * h) {
            pixels = BufferUtils.createIntBuffer(w * h);
        }
        pixels.clear();
        GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, frameBuffer.getId());
        GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0);
        GL11.glPixelStorei(GL11.GL_PACK_ALIGNMENT, 4);
        GL11.glReadPixels(rect.u0(), height - rect.v1(), w, h, GL30.GL_RED_INTEGER, GL11.GL_UNSIGNED_INT, pixels);
        return pixels;
    }
}
