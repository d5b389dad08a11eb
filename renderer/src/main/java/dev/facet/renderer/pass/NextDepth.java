package dev.facet.renderer.pass;

import com.jme3.math.ColorRGBA;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Node;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Image;
import dev.facet.renderer.mirror.CameraMapping;

/**
 * The linear z-depth of the scene one step later (t+1), for the flow's visibility test: a
 * depth-only view of the mirror (synced to that scene) through that scene's camera, drawn with
 * the material's FacetDepth technique into one R32F target (0 = no surface) at the frame's size,
 * at the same pixel centres as the main pass. Drawn on demand, outside the render manager's views.
 */
public final class NextDepth {
    private final RenderManager renderManager;
    private final Camera camera;
    private final ViewPort view;
    private final FrameBuffer frameBuffer;

    public NextDepth(RenderManager rm, Node root, int width, int height) {
        renderManager = rm;
        camera = new Camera(width, height);
        frameBuffer = new FrameBuffer(width, height, 1);
        frameBuffer.addColorTarget(FrameBufferTarget.newTarget(Image.Format.R32F));
        frameBuffer.setDepthTarget(FrameBufferTarget.newTarget(Image.Format.Depth24));
        view = new ViewPort("facet-next-depth", camera);
        view.setClearFlags(true, true, true);
        view.setBackgroundColor(new ColorRGBA(0, 0, 0, 0));
        view.setOutputFrameBuffer(frameBuffer);
        view.attachScene(root);
    }

    public FrameBuffer frameBuffer() {
        return frameBuffer;
    }

    /** Draws the mirror as it stands (synced to the next scene) through {@code next}. */
    public void draw(dev.facet.engine.scene.Camera next) {
        CameraMapping.apply(next, camera);
        renderManager.setForcedTechnique("FacetDepth");
        try {
            renderManager.renderViewPort(view, 0f);
        } finally {
            renderManager.setForcedTechnique(null);
        }
    }
}
