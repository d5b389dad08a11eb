package dev.facet.renderer.pass;

import com.jme3.post.SceneProcessor;
import com.jme3.profile.AppProfiler;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.texture.FrameBuffer;

/**
 * A jME scene processor that does nothing unless told: passes override only the moments
 * of a view's rendering they act on (before the frame, after the queue is built, after).
 */
abstract class ViewHook implements SceneProcessor {
    private RenderManager renderManager;

    /** The render manager, once the view has started rendering. */
    protected RenderManager renderManager() {
        return renderManager;
    }

    @Override
    public void initialize(RenderManager rm, ViewPort vp) {
        renderManager = rm;
    }

    @Override
    public boolean isInitialized() {
        return renderManager != null;
    }

    @Override
    public void reshape(ViewPort vp, int w, int h) {
    }

    @Override
    public void preFrame(float tpf) {
    }

    @Override
    public void postQueue(RenderQueue rq) {
    }

    @Override
    public void postFrame(FrameBuffer out) {
    }

    @Override
    public void cleanup() {
    }

    @Override
    public void setProfiler(AppProfiler profiler) {
    }
}
