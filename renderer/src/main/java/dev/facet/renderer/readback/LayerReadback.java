package dev.facet.renderer.readback;

import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.PixelLayers;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.layers.FlowField;
import dev.facet.renderer.layers.ObjectBounds;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL30;

/**
 * Readback of the optional layers, beside {@link PixelReadback} and in step with it: a ring of
 * pixel buffer objects receives the geometry targets of the main pass (normal, object point) and
 * the next scene's depth, each only when a requested layer needs it; {@link #finish} turns them
 * into the frame's {@link PixelLayers} once its instance ids are in: normals as drawn (0 where no
 * surface), object coordinates normalised to each object's {@link ObjectBounds} (NaN where no
 * object), and {@link FlowField flow} with its validity.
 */
public final class LayerReadback implements AutoCloseable {
    /** GL colour attachments of the geometry targets (see pass/FrameTargets). */
    private static final int NORMAL_TARGET = 3;
    private static final int OBJECT_TARGET = 4;

    private final int width;
    private final int height;
    private final boolean normals;
    private final boolean objectPoints;
    private final boolean flow;
    private final long normalOffset;
    private final long objectOffset;
    private final long depthOffset;
    private final PboRing<Steps> ring;
    private final float[] points;
    private final float[] nextDepth;
    /** Where flow and its validity go when the run asks for only one of them (the other is still computed). */
    private final float[] flowScratch;
    private final float[] validScratch;

    /** The scene whose layers a queued copy holds and the scene one step later (null without flow). */
    private record Steps(Scene scene, Scene next) {
    }

    public LayerReadback(int width, int height, int slots, Set<Modality> layers) {
        this.width = width;
        this.height = height;
        Set<Modality> asked = layers.isEmpty() ? EnumSet.noneOf(Modality.class) : EnumSet.copyOf(layers);
        normals = asked.contains(Modality.NORMALS);
        flow = Modality.needNextScene(asked);
        objectPoints = flow || asked.contains(Modality.OBJECT_COORDS);
        int n = width * height;
        normalOffset = 0;
        objectOffset = normals ? 12L * n : 0;
        depthOffset = objectOffset + (objectPoints ? 12L * n : 0);
        int size = Math.toIntExact(depthOffset + (flow ? 4L * n : 0));
        points = objectPoints ? new float[3 * n] : new float[0];
        nextDepth = flow ? new float[n] : new float[0];
        flowScratch = flow && !asked.contains(Modality.FLOW) ? new float[2 * n] : new float[0];
        validScratch = flow && !asked.contains(Modality.FLOW_VALID) ? new float[n] : new float[0];
        ring = new PboRing<>("layer readback buffer", "no layers in flight", slots, size, Math.max(size, 4));
    }

    /** True when the layers need the scene one step later and its depth render. */
    public boolean needsNext() {
        return flow;
    }

    /**
     * Queues the copies of the main framebuffer's geometry targets and, for flow, of
     * {@code nextDepthFramebuffer}'s depth target (the next scene already drawn into it).
     */
    public void start(int framebuffer, int nextDepthFramebuffer, Scene scene, Scene nextScene) {
        if (flow && nextScene == null) {
            throw new IllegalArgumentException("flow needs the scene one step later");
        }
        int pbo = ring.bindNext();
        GL11.glPixelStorei(GL11.GL_PACK_ALIGNMENT, 1);
        GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, framebuffer);
        if (normals) {
            GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0 + NORMAL_TARGET);
            GL11.glReadPixels(0, 0, width, height, GL11.GL_RGB, GL11.GL_FLOAT, normalOffset);
        }
        if (objectPoints) {
            GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0 + OBJECT_TARGET);
            GL11.glReadPixels(0, 0, width, height, GL11.GL_RGB, GL11.GL_FLOAT, objectOffset);
        }
        if (flow) {
            GL30.glBindFramebuffer(GL30.GL_READ_FRAMEBUFFER, nextDepthFramebuffer);
            GL11.glReadBuffer(GL30.GL_COLOR_ATTACHMENT0);
            GL11.glReadPixels(0, 0, width, height, GL11.GL_RED, GL11.GL_FLOAT, depthOffset);
        }
        ring.queue(pbo, new Steps(scene, nextScene));
    }

    /** Waits for the oldest queued copy and fills {@code into}'s layers (its instance ids must be read back). */
    public void finish(RenderedFrame into) {
        ring.finish((mapped, f) -> fill(mapped, f, into));
    }

    private void fill(ByteBuffer mapped, Steps f, RenderedFrame into) {
        PixelLayers layers = into.layers();
        if (normals) {
            rows(floats(mapped, normalOffset), 3, layers.get(Modality.NORMALS));
        }
        if (objectPoints) {
            rows(floats(mapped, objectOffset), 3, points);
        }
        if (layers.has(Modality.OBJECT_COORDS)) {
            objectCoords(f.scene(), into.instance(), layers.get(Modality.OBJECT_COORDS));
        }
        if (flow) {
            rows(floats(mapped, depthOffset), 1, nextDepth);
            float[] flowOut = layers.has(Modality.FLOW) ? layers.get(Modality.FLOW) : flowScratch;
            float[] validOut = layers.has(Modality.FLOW_VALID) ? layers.get(Modality.FLOW_VALID) : validScratch;
            FlowField.compute(f.next(), points, into.instance(), nextDepth, flowOut, validOut);
        }
    }

    private static FloatBuffer floats(ByteBuffer mapped, long offset) {
        return mapped.position(Math.toIntExact(offset)).slice().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** GL rows run bottom-up; images run top-down. */
    private void rows(FloatBuffer src, int channels, float[] dst) {
        int row = channels * width;
        for (int glRow = 0; glRow < height; glRow++) {
            src.get(glRow * row, dst, (height - 1 - glRow) * row, row);
        }
    }

    private void objectCoords(Scene scene, int[] instance, float[] out) {
        Map<Integer, ObjectBounds> bounds = new HashMap<>();
        for (SceneObject o : scene.objects()) {
            bounds.put(o.instanceId(), ObjectBounds.of(o.shape()));
        }
        for (int i = 0; i < instance.length; i++) {
            ObjectBounds b = instance[i] == 0 ? null : bounds.get(instance[i]);
            for (int c = 0; c < 3; c++) {
                out[3 * i + c] = b == null ? Float.NaN : b.normalised(c, points[3 * i + c]);
            }
        }
    }

    @Override
    public void close() {
        ring.close();
    }
}
