package dev.facet.renderer;

import com.jme3.renderer.Limits;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.renderer.lwjgl.LwjglGL;
import com.jme3.renderer.lwjgl.LwjglGLExt;
import com.jme3.renderer.lwjgl.LwjglGLFboGL3;
import com.jme3.renderer.opengl.GLRenderer;
import com.jme3.system.NanoTimer;
import com.jme3.util.BufferAllocatorFactory;
import com.jme3.util.LWJGLBufferAllocator;
import dev.facet.engine.scene.RenderLimits;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import dev.facet.renderer.amodal.AmodalPass;
import dev.facet.renderer.assets.FacetAssets;
import dev.facet.renderer.egl.EglContext;
import dev.facet.renderer.mirror.CameraMapping;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.renderer.mirror.SceneMirror;
import dev.facet.engine.scene.Rendering;
import dev.facet.renderer.pass.ColourResolve;
import dev.facet.renderer.pass.FrameTargets;
import dev.facet.renderer.pass.GeometryLayers;
import dev.facet.renderer.pass.Grading;
import dev.facet.renderer.pass.NextDepth;
import dev.facet.renderer.pass.SunShadow;
import dev.facet.renderer.post.CameraEffectsFilter;
import dev.facet.renderer.readback.LayerReadback;
import dev.facet.renderer.readback.PixelReadback;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * jMonkeyEngine on a headless EGL context: mirrors each {@link Scene} into a jME scene
 * graph, renders the sun's shadow map and then one multi-target pass, and reads the
 * aligned targets back. All calls must come from the thread that opened it.
 */
public final class HeadlessRenderer implements Renderer {
    /** Frames read back while later ones are drawn (double-buffered readback). */
    public static final int FRAMES_IN_FLIGHT = 2;

    /** The optional layers this renderer makes (see {@link #produceLayers}). */
    public static final Set<Modality> LAYERS = Set.copyOf(EnumSet.of(Modality.AMODAL,
            Modality.NORMALS, Modality.OBJECT_COORDS, Modality.FLOW, Modality.FLOW_VALID));

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final Logger JME_LOG = Logger.getLogger("com.jme3");

    private final EglContext context;
    private final GLRenderer gl;
    private final RenderManager renderManager;
    private final com.jme3.asset.AssetManager assets;
    private final SceneMirror mirror;
    private final com.jme3.renderer.Camera camera = new com.jme3.renderer.Camera(1, 1);
    private final ViewPort mainView;
    private final SunShadow shadow;
    private final Grading grading;
    private final GeometryLayers geometry;
    /** The scenes of the frames in flight, oldest first: their camera effects apply once read back. */
    private final Deque<Scene> inFlight = new ArrayDeque<>();
    private FrameTargets targets;
    private ColourResolve resolve;
    private FrameTargets resolveTargets;
    private int resolveSamples = 1;
    private PixelReadback readback;
    /** The optional layers' readback and the next scene's depth pass, while layers are asked for. */
    private LayerReadback layerReadback;
    private NextDepth nextDepth;
    /** The optional layers each frame carries (see {@link #produceLayers}). */
    private Set<Modality> layers = Set.of();
    /** Draws the amodal masks when the run asked for them, else null. */
    private AmodalPass amodal;

    private HeadlessRenderer(EglContext context, JmeMeshLibrary meshes) {
        this.context = context;
        JME_LOG.setLevel(Level.WARNING);
        gl = new GLRenderer(new LwjglGL(), new LwjglGLExt(), new LwjglGLFboGL3());
        gl.initialize();
        gl.setMainFrameBufferSrgb(false);
        gl.setLinearizeSrgbImages(false);
        renderManager = new RenderManager(gl);
        renderManager.setTimer(new NanoTimer());
        Integer maxTexture = gl.getLimits().get(Limits.TextureSize);
        assets = FacetAssets.create();
        mirror = new SceneMirror(assets, meshes,
                maxTexture != null && maxTexture > 0 ? maxTexture : RenderLimits.MAX_TEXTURE_SIZE);
        shadow = new SunShadow(renderManager, mirror.root());
        mainView = renderManager.createMainView("facet-main", camera);
        mainView.setClearFlags(false, true, true);
        mainView.attachScene(mirror.root());
        mainView.attachScene(mirror.backdrop());
        grading = new Grading(mirror.root(), mirror.backdrop());
        geometry = new GeometryLayers(mirror.root(), mirror.backdrop());
    }

    /**
     * Opens a renderer on EGL device {@code gpu}, or on the best device when null, that
     * draws mesh shapes from {@code meshes} (the library scenario loading used, so that each
     * file is read once). Falls back to software rendering only when no GPU device works;
     * {@link #context()} says so.
     */
    public static HeadlessRenderer open(Integer gpu, JmeMeshLibrary meshes) {
        System.setProperty(BufferAllocatorFactory.PROPERTY_BUFFER_ALLOCATOR_IMPLEMENTATION,
                LWJGLBufferAllocator.ConcurrentLWJGLBufferAllocator.class.getName());
        EglContext context = EglContext.open(gpu);
        try {
            return new HeadlessRenderer(context, meshes);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public EglContext context() {
        return context;
    }

    @Override
    public int framesInFlight() {
        return FRAMES_IN_FLIGHT;
    }

    /**
     * Makes {@link #LAYERS} on request: the amodal masks by drawing each object alone after the main
     * pass; normals and object points from two more targets of the main pass, flow also from a depth
     * pass over the scene one step later. With none asked for, the main pass has its three targets
     * and the shaders compile as without layers.
     */
    @Override
    public void produceLayers(Set<Modality> layers) {
        Set<Modality> unknown = EnumSet.noneOf(Modality.class);
        unknown.addAll(layers);
        unknown.removeAll(LAYERS);
        Renderer.super.produceLayers(unknown);
        if (this.layers.equals(layers)) {
            return;  // the targets, readback and passes already fit
        }
        if (readback != null && !readback.isEmpty()) {
            throw new IllegalStateException("layers changed while frames were in flight; drain() first");
        }
        this.layers = Set.copyOf(layers);
        amodal = layers.contains(Modality.AMODAL) ? new AmodalPass(assets, renderManager) : null;
        geometry.enabled(!geometryLayers().isEmpty());
        targets = null;  // the next frame sets up targets and readback for these layers
    }

    @Override
    public String description() {
        return context.describe();
    }

    @Override
    public RenderedFrame render(Scene scene) {
        return render(scene, null);
    }

    @Override
    public RenderedFrame render(Scene scene, Scene next) {
        drain();
        RenderedFrame frame = RenderedFrame.allocate(scene.camera().width(), scene.camera().height(), layers);
        renderInto(scene, next, frame);
        drain();
        return frame;
    }

    /**
     * Draws {@code scene} and queues its readback; returns the oldest frame in flight once
     * the ring of readback buffers is full (so frame k is read back while k+1 is drawn).
     */
    @Override
    public RenderedFrame renderInto(Scene scene, RenderedFrame into) {
        return renderInto(scene, null, into);
    }

    /** As above; {@code next}, the scene one step later, is needed exactly when flow is among the layers. */
    @Override
    public RenderedFrame renderInto(Scene scene, Scene next, RenderedFrame into) {
        if ((next != null) != Modality.needNextScene(layers)) {
            throw new IllegalArgumentException(next == null ? "flow needs the scene one step later"
                    : "a next scene was given but no layer asked for needs it");
        }
        RenderedFrame done = readback != null && readback.full() ? finishOldest() : null;
        draw(scene);
        readback.start(targets.frameBuffer().getId(), into);
        if (amodal != null) {
            amodal.render(scene, mirror, camera, into.layers().amodal());
        }
        if (layerReadback != null) {
            if (next != null) {
                mirror.sync(next);  // the next frame's draw syncs the mirror to its own scene again
                nextDepth.draw(next.camera());
            }
            layerReadback.start(targets.frameBuffer().getId(), next != null ? nextDepth.frameBuffer().getId() : 0,
                    scene, next);
        }
        inFlight.add(scene);
        return done;
    }

    @Override
    public List<RenderedFrame> drain() {
        List<RenderedFrame> done = new ArrayList<>();
        while (readback != null && !readback.isEmpty()) {
            done.add(finishOldest());
        }
        return done;
    }

    /** The oldest frame in flight, read back and with its scene's camera effects applied. */
    private RenderedFrame finishOldest() {
        RenderedFrame f = readback.finishOldest();
        if (layerReadback != null) {
            layerReadback.finish(f);
        }
        Scene scene = inFlight.poll();
        CameraEffectsFilter.apply(f.rgb(), f.width(), f.height(), scene.rendering().effects(), scene.seed());
        return f;
    }

    /** Draws a scene into the targets without reading them back; {@link DrawOnly} times this alone. */
    void draw(Scene scene) {
        var cam = scene.camera();
        if (targets == null || targets.width() != cam.width() || targets.height() != cam.height()) {
            if (readback != null) {
                if (!readback.isEmpty()) {
                    throw new IllegalStateException("the image size changed while frames were in flight; drain() first");
                }
                readback.close();
            }
            // the old framebuffer stays with jME's native-object manager, which frees it on close
            targets = new FrameTargets(cam.width(), cam.height(), !geometryLayers().isEmpty());
            readback = new PixelReadback(cam.width(), cam.height(), FRAMES_IN_FLIGHT);
            layers(cam.width(), cam.height());
            mainView.setOutputFrameBuffer(targets.frameBuffer());
            mainView.clearProcessors();
            mainView.addProcessor(targets);
            resolveSamples(1);
        }
        Rendering rendering = scene.rendering();
        resolveSamples(rendering.antialias());
        grading.apply(rendering);
        CameraMapping.apply(cam, camera);
        targets.background(Grading.display(scene.background(), rendering));
        mirror.sync(scene);
        geometry.sync();
        shadow.fit(mirror.root(), mirror.sunDirection());  // reads the world bounds sync just updated
        renderManager.render(0f, false);
    }

    /** The asked-for layers made from the main pass's geometry targets (all but the amodal masks). */
    private Set<Modality> geometryLayers() {
        Set<Modality> g = EnumSet.noneOf(Modality.class);
        g.addAll(layers);
        g.remove(Modality.AMODAL);
        return g;
    }

    /** Sets up (or drops) the layers' readback and next-depth pass for frames of {@code w} x {@code h}. */
    private void layers(int w, int h) {
        if (layerReadback != null) {
            layerReadback.close();
            layerReadback = null;
        }
        nextDepth = null;
        if (!geometryLayers().isEmpty()) {
            layerReadback = new LayerReadback(w, h, FRAMES_IN_FLIGHT, geometryLayers());
            nextDepth = layerReadback.needsNext() ? new NextDepth(renderManager, mirror.root(), w, h) : null;
        }
    }

    /** Draws colour with {@code n} samples per pixel from now on: 1 is the label pass's own colour. */
    private void resolveSamples(int n) {
        if (resolve != null && (n != resolveSamples || targets != resolveTargets)) {
            resolve.remove(renderManager);
            resolve = null;
        }
        resolveSamples = n;
        if (n > 1 && resolve == null) {
            resolve = new ColourResolve(renderManager, camera, targets, n, mirror.root(), mirror.backdrop());
            resolveTargets = targets;
        }
    }

    /** Blocks until the GPU has finished every command issued so far. */
    void finish() {
        org.lwjgl.opengl.GL11.glFinish();
    }

    @Override
    public void close() {
        if (readback != null) {
            readback.close();
        }
        if (layerReadback != null) {
            layerReadback.close();
        }
        gl.cleanup();
        context.close();
    }
}
