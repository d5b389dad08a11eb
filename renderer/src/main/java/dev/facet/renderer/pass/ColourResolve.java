package dev.facet.renderer.pass;

import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Node;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Image;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL20;
import org.lwjgl.opengl.GL30;

/**
 * Anti-aliased colour: a second view of the same scene and camera into a multisampled
 * colour-only framebuffer, drawn after the label pass and resolved (averaged) by a blit
 * into target 0 of {@link FrameTargets}, where the readback finds it. The label pass stays
 * single-sample, so ids and depth are one exact sample at each pixel centre whatever the
 * colour's sample count; only the colour bytes change.
 */
public final class ColourResolve extends ViewHook {
    private final ViewPort view;
    private final FrameTargets targets;
    private final FrameBuffer samples;
    private final int[] labelDrawBuffers;

    /**
     * A resolve of {@code count} colour samples per pixel into {@code targets}, viewing
     * {@code scenes} through {@code camera}, cleared to the targets' background colour.
     */
    public ColourResolve(RenderManager rm, Camera camera, FrameTargets targets, int count, Node... scenes) {
        this.targets = targets;
        labelDrawBuffers = new int[targets.colourTargets()];
        for (int i = 0; i < labelDrawBuffers.length; i++) {
            labelDrawBuffers[i] = GL30.GL_COLOR_ATTACHMENT0 + i;
        }
        samples = new FrameBuffer(targets.width(), targets.height(), count);
        samples.addColorTarget(FrameBufferTarget.newTarget(Image.Format.RGBA8));
        samples.setDepthTarget(FrameBufferTarget.newTarget(Image.Format.Depth24));
        view = rm.createMainView("facet-colour-x" + count, camera);
        view.setClearFlags(false, true, true);
        view.setOutputFrameBuffer(samples);
        for (Node n : scenes) {
            view.attachScene(n);
        }
        view.addProcessor(this);
    }

    /** Turns the pass on or off (off: the label pass's own colour is read back). */
    public void enabled(boolean on) {
        view.setEnabled(on);
    }

    /** Takes the view out of the render manager for good. */
    public void remove(RenderManager rm) {
        rm.removeMainView(view);
    }

    @Override
    public void postQueue(RenderQueue rq) {
        GL30.glClearBufferfv(GL11.GL_COLOR, 0, targets.clearColour());
    }

    @Override
    public void postFrame(FrameBuffer out) {
        int w = targets.width();
        int h = targets.height();
        GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, samples.getId());
        GL30.glBindFramebuffer(GL30.GL_DRAW_FRAMEBUFFER, targets.frameBuffer().getId());
        GL20.glDrawBuffers(GL30.GL_COLOR_ATTACHMENT0);
        GL30.glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL11.GL_COLOR_BUFFER_BIT, GL11.GL_NEAREST);
        GL20.glDrawBuffers(labelDrawBuffers);
        // jME believes the sample framebuffer is bound; make it so
        GL30.glBindFramebuffer(GL30.GL_FRAMEBUFFER, samples.getId());
    }
}
