package dev.facet.renderer.pass;

import com.jme3.renderer.queue.RenderQueue;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Image;
import dev.facet.engine.scene.Rgb;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;

/**
 * The main pass's framebuffer: three colour targets written together by one draw of
 * each object, so every modality is sampled at the same pixel centres: target 0 lit sRGB
 * colour (RGBA8), target 1 the instance id (R32F, exact for ids below 2^24), target 2
 * linear z-depth in metres (R32F); plus a depth buffer. One sample per pixel: no
 * anti-aliasing, filtering or blending touches ids or depth.
 *
 * <p>{@link dev.facet.renderer.readback.PixelReadback} copies the targets out.
 *
 * <p>As a scene processor it clears each target to its own value once jME has bound the
 * framebuffer (a single clear colour for all targets would write the sky colour into the
 * id and depth targets).
 *
 * <p>With the {@linkplain GeometryLayers geometry layers} two more targets follow, written by
 * the same draw: target 3 the camera-frame normal and target 4 the point in its object's frame
 * (both RGBA32F). They exist only when asked for, so a default run draws exactly three.
 */
public final class FrameTargets extends ViewHook {
    private final int width;
    private final int height;
    private final FrameBuffer frameBuffer;
    private final float[] background = new float[4];
    private final float[] zero = new float[4];
    private final int colourTargets;

    /** The three label targets alone. */
    public FrameTargets(int width, int height) {
        this(width, height, false);
    }

    /** The three label targets, and the two geometry targets when {@code geometry}. */
    public FrameTargets(int width, int height, boolean geometry) {
        this.width = width;
        this.height = height;
        frameBuffer = new FrameBuffer(width, height, 1);
        frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.RGBA8));
        frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.R32F));
        frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.R32F));
        if (geometry) {
            frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.RGBA32F));
            frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.RGBA32F));
        }
        colourTargets = geometry ? 5 : 3;
        frameBuffer.setDepthTarget(FrameBufferTarget.newTarget(Image.Format.Depth24));
        frameBuffer.setMultiTarget(true);
    }

    public FrameBuffer frameBuffer() {
        return frameBuffer;
    }

    /** How many colour targets the framebuffer has: 3, or 5 with the geometry targets. */
    public int colourTargets() {
        return colourTargets;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The colour pixels without any object get (linear RGB, encoded to sRGB like the shader does). */
    public void background(Rgb c) {
        background[0] = srgb(c.r());
        background[1] = srgb(c.g());
        background[2] = srgb(c.b());
        background[3] = 1f;
    }

    /** The sRGB clear colour of the colour target, as last set. */
    float[] clearColour() {
        return background;
    }

    private static float srgb(double linear) {
        double c = Math.min(1, Math.max(0, linear));
        return (float) (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055);
    }

    @Override
    public void postQueue(RenderQueue rq) {
        GL30.glClearBufferfv(GL11.GL_COLOR, 0, background);
        GL30.glClearBufferfv(GL11.GL_COLOR, 1, zero);
        GL30.glClearBufferfv(GL11.GL_COLOR, 2, zero);
        for (int i = 3; i < colourTargets; i++) {
            GL30.glClearBufferfv(GL11.GL_COLOR, i, zero);
        }
    }
}
