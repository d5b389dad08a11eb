package dev.facet.renderer.readback;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL15;
import org.lwjgl.opengl.GL21;
import org.lwjgl.opengl.GL30;
import org.lwjgl.opengl.GL32;

/**
 * A ring of pixel buffer objects with a fence per queued copy: {@link #bindNext} makes the next
 * PBO the pack buffer for the caller's reads, {@link #queue} fences them, and {@link #finish}
 * waits on the oldest fence, maps its PBO and hands the bytes to the caller.
 *
 * @param <T> what the caller keeps with each queued copy
 */
final class PboRing<T> implements AutoCloseable {
    private final String buffer;
    private final String nothingInFlight;
    private final int mapBytes;
    private final int[] pbos;
    private final Deque<InFlight<T>> inFlight = new ArrayDeque<>();
    private int next;

    private record InFlight<T>(int pbo, long fence, T kept) {
    }

    /**
     * {@code slots} PBOs of {@code allocBytes} each, of which {@link #finish} maps the first {@code mapBytes};
     * {@code buffer} names them and {@code nothingInFlight} is the error of a finish with nothing queued.
     */
    PboRing(String buffer, String nothingInFlight, int slots, int mapBytes, int allocBytes) {
        this.buffer = buffer;
        this.nothingInFlight = nothingInFlight;
        this.mapBytes = mapBytes;
        pbos = new int[slots];
        for (int i = 0; i < slots; i++) {
            pbos[i] = GL15.glGenBuffers();
            GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, pbos[i]);
            GL15.glBufferData(GL21.GL_PIXEL_PACK_BUFFER, allocBytes, GL15.GL_STREAM_READ);
        }
        GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, 0);
    }

    int slots() {
        return pbos.length;
    }

    int inFlight() {
        return inFlight.size();
    }

    /** Binds the next PBO of the ring as the pixel pack buffer and returns it. */
    int bindNext() {
        int pbo = pbos[next];
        next = (next + 1) % pbos.length;
        GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, pbo);
        return pbo;
    }

    /** Unbinds the pack buffer and fences the reads into {@code pbo} issued since {@link #bindNext}. */
    void queue(int pbo, T kept) {
        GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, 0);
        long fence = GL32.glFenceSync(GL32.GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
        GL11.glFlush();
        inFlight.add(new InFlight<>(pbo, fence, kept));
    }

    /** Waits for the oldest queued copy, hands its mapped bytes (native order) to {@code copy}; returns what it kept. */
    T finish(BiConsumer<ByteBuffer, T> copy) {
        InFlight<T> f = inFlight.poll();
        if (f == null) {
            throw new IllegalStateException(nothingInFlight);
        }
        GL32.glClientWaitSync(f.fence(), GL32.GL_SYNC_FLUSH_COMMANDS_BIT, Long.MAX_VALUE);
        GL32.glDeleteSync(f.fence());
        GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, f.pbo());
        ByteBuffer mapped = GL30.glMapBufferRange(GL21.GL_PIXEL_PACK_BUFFER, 0, mapBytes, GL30.GL_MAP_READ_BIT);
        if (mapped == null) {
            throw new IllegalStateException("glMapBufferRange failed on the " + buffer);
        }
        try {
            copy.accept(mapped.order(ByteOrder.nativeOrder()), f.kept());
        } finally {
            GL15.glUnmapBuffer(GL21.GL_PIXEL_PACK_BUFFER);
            GL15.glBindBuffer(GL21.GL_PIXEL_PACK_BUFFER, 0);
        }
        return f.kept();
    }

    @Override
    public void close() {
        while (!inFlight.isEmpty()) {
            GL32.glDeleteSync(inFlight.poll().fence());
        }
        for (int pbo : pbos) {
            GL15.glDeleteBuffers(pbo);
        }
    }
}
