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
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.RenderLimits;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.ShutterScenes;
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
import dev.facet.renderer.pass.LightShadows;
import dev.facet.renderer.pass.NextDepth;
import dev.facet.renderer.pass.SunShadow;
import dev.facet.renderer.lens.Lens;
import dev.facet.renderer.lens.LensRemap;
import dev.facet.renderer.lens.WideView;
import dev.facet.renderer.post.AmbientOcclusionFilter;
import dev.facet.renderer.post.CameraEffectsFilter;
import dev.facet.renderer.post.DepthSensor;
import dev.facet.renderer.post.ShutterAverage;
import dev.facet.renderer.readback.LayerReadback;
import dev.facet.renderer.readback.PixelReadback;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;
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
            Modality.NORMALS, Modality.OBJECT_COORDS, Modality.FLOW, Modality.FLOW_VALID, Modality.DEPTH_NOISY));

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
    private final LightShadows lightShadows;
    private final Grading grading;
    /** The frames in flight, oldest first: their remap and post-processing apply once read back. */
    private final Deque<Flight> inFlight = new ArrayDeque<>();
    /** Frames finished early (when the render size changed), handed out before any in flight. */
    private final Deque<RenderedFrame> ready = new ArrayDeque<>();
    private final Lens lens = new Lens();
    private final GeometryLayers geometry;
    private FrameTargets targets;
    private ColourResolve resolve;
    private FrameTargets resolveTargets;
    private int resolveSamples = 1;
    private PixelReadback readback;
    private java.nio.ByteBuffer subFrameColour;
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
        lightShadows = new LightShadows(renderManager, mirror.root());
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
     * pass over the scene one step later; depth_noisy from the finished depth. With none asked for,
     * the main pass has its three targets and the shaders compile as without layers.
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
        lens.layers(this.layers);
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
        WideView view = lens.view(scene.camera(), targets);
        if (view != null && next != null && !view.serves(next.camera())) {
            throw new IllegalArgumentException("the next step's camera has other intrinsics or another lens than this"
                    + " frame's; flow needs one camera through a sequence");
        }
        Camera drawn = view == null ? scene.camera() : view.render();
        if (readback != null && targets != null
                && (targets.width() != drawn.width() || targets.height() != drawn.height())) {
            while (!readback.isEmpty()) {  // a new size: finish what was drawn at the old one first
                ready.add(finishOldest());
            }
        }
        RenderedFrame done = !ready.isEmpty() ? ready.poll() : readback != null && readback.full() ? finishOldest() : null;
        ShutterAverage shutter = scene.shutterEnd() != null && scene.rendering().motionBlur() != null
                ? subFrames(scene, drawn) : null;
        draw(scene, drawn);
        RenderedFrame target = view == null ? into : lens.buffer(drawn);
        Scene seen = view == null ? scene : Lens.seenThrough(scene, drawn);
        readback.start(targets.frameBuffer().getId(), target);
        if (amodal != null) {  // through the wide view when the lens distorts; remapped with the other buffers
            amodal.render(seen, mirror, camera, target.layers().amodal());
        }
        if (layerReadback != null) {
            // under a lens the next step is seen through the same wide view, posed as its camera
            Scene nextSeen = next == null || view == null ? next
                    : Lens.seenThrough(next, view.posedAs(next.camera()).render());
            if (nextSeen != null) {
                mirror.sync(nextSeen);  // the next frame's draw syncs the mirror to its own scene again
                nextDepth.draw(nextSeen.camera());
            }
            layerReadback.start(targets.frameBuffer().getId(), next != null ? nextDepth.frameBuffer().getId() : 0,
                    seen, nextSeen);
        }
        inFlight.add(new Flight(scene, into, view, drawn, shutter));
        return done;
    }

    @Override
    public List<RenderedFrame> drain() {
        List<RenderedFrame> done = new ArrayList<>(ready);
        ready.clear();
        while (readback != null && !readback.isEmpty()) {
            done.add(finishOldest());
        }
        return done;
    }

    /**
     * A frame in flight: its scene, the buffers it ends in, the wide view it was drawn through
     * (null: none), the pinhole camera it was drawn with and its motion-blur sub-frames (null: none).
     */
    private record Flight(Scene scene, RenderedFrame into, WideView view, Camera drawn, ShutterAverage shutter) {
    }

    /**
     * The oldest frame in flight, read back; its colour averaged with its motion-blur sub-frames
     * and shaded by ambient occlusion (both on the pinhole image it was drawn as), then remapped
     * to its distorted camera if it has one, with its scene's camera effects applied and its
     * derived layers (depth_noisy) made.
     */
    private RenderedFrame finishOldest() {
        RenderedFrame drawn = readback.finishOldest();
        if (layerReadback != null) {
            layerReadback.finish(drawn);
        }
        Flight flight = inFlight.poll();
        Scene scene = flight.scene();
        if (flight.shutter() != null) {
            flight.shutter().averageInto(drawn.rgb());
        }
        if (scene.rendering().ambientOcclusion() != null) {
            AmbientOcclusionFilter.apply(drawn.rgb(), drawn.depth(), flight.drawn(), scene.rendering().ambientOcclusion());
        }
        RenderedFrame f = flight.into();
        if (flight.view() != null) {
            LensRemap.apply(drawn, flight.view(), f);
            lens.release(drawn);
        }
        CameraEffectsFilter.apply(f.rgb(), f.width(), f.height(), scene.rendering().effects(), scene.seed());
        if (f.layers().has(Modality.DEPTH_NOISY)) {
            if (scene.camera().depthNoise() == null) {
                throw new NoDepthNoise();
            }
            DepthSensor.read(f.depth(), f.layers().get(Modality.DEPTH_NOISY), f.width(), f.height(), scene.camera(),
                    scene.seed());
        }
        return f;
    }

    /**
     * Motion blur: draws the world at {@code samples - 1} later instants of the open shutter
     * (fractions {@code shutter x j / (samples - 1)} of the way to the shutter end, j from 1) and
     * sums their colour; the frame itself (j = 0) is drawn after, with its labels, as usual.
     * Synchronous: each sub-frame's colour is read at once. With a distorting lens, {@code cam}
     * is the wide view's pinhole camera, and the average is remapped with the frame.
     */
    private ShutterAverage subFrames(Scene scene, Camera cam) {
        Rendering.MotionBlur blur = scene.rendering().motionBlur();
        ShutterAverage sum = new ShutterAverage(cam.width(), cam.height());
        java.nio.ByteBuffer colour = subFrameColour(3 * cam.width() * cam.height());
        for (int j = 1; j < blur.samples(); j++) {
            draw(ShutterScenes.at(scene, blur.shutter() * j / (blur.samples() - 1)));  // through the lens's wide view too
            colour.clear();
            GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, targets.frameBuffer().getId());
            GL11.glPixelStorei(GL11.GL_PACK_ALIGNMENT, 1);
            GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0);
            GL11.glReadPixels(0, 0, cam.width(), cam.height(), GL11.GL_RGB, GL11.GL_UNSIGNED_BYTE, colour);
            sum.addGlRows(colour);
        }
        return sum;
    }

    /** The one buffer sub-frames are read into, grown when the image grows (direct memory is not freed promptly). */
    private java.nio.ByteBuffer subFrameColour(int bytes) {
        if (subFrameColour == null || subFrameColour.capacity() < bytes) {
            subFrameColour = org.lwjgl.BufferUtils.createByteBuffer(bytes);
        }
        subFrameColour.clear().limit(bytes);
        return subFrameColour;
    }

    /** The run asks for depth_noisy but the scene's camera has no depth sensor model. */
    static final class NoDepthNoise extends IllegalArgumentException implements dev.facet.engine.spi.UserMistake {
        NoDepthNoise() {
            super("the output depth_noisy needs a depth sensor model: add camera.depth_noise to the scenario");
        }
    }

    /** Draws a scene into the targets without reading them back; {@link DrawOnly} times this alone. */
    void draw(Scene scene) {
        WideView view = lens.view(scene.camera(), targets);
        draw(scene, view == null ? scene.camera() : view.render());
    }

    /** Draws a scene through the pinhole camera {@code cam} (the scene's own, or its wide view). */
    private void draw(Scene scene, Camera cam) {
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
        lightShadows.fit(rendering, scene.lighting().lights());
        renderManager.render(0f, false);
        gl.postFrame();  // deletes the GPU objects of meshes and images the asset caches let go of
    }

    /** What the image cache holds and has done. */
    public dev.facet.engine.scene.AssetCache.Stats textureCacheStats() {
        return mirror.textureCacheStats();
    }

    /** The asked-for layers made from the main pass's geometry targets (all but the amodal masks). */
    private Set<Modality> geometryLayers() {
        Set<Modality> g = EnumSet.noneOf(Modality.class);
        g.addAll(layers);
        g.remove(Modality.AMODAL);
        g.remove(Modality.DEPTH_NOISY);  // made from the finished depth, not drawn
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
