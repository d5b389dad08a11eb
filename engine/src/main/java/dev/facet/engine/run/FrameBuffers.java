package dev.facet.engine.run;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of per-frame buffers (pixels and semantic map), handed out and taken back:
 * a run allocates them once, so its memory does not grow with its length, and waiting
 * for a free set is what slows rendering down when writing falls behind.
 */
final class FrameBuffers {
    /** One frame's worth of reusable buffers. */
    record Slot(RenderedFrame pixels, int[] semantic) {
    }

    private final BlockingQueue<Slot> free;

    FrameBuffers(int count, ImageSize size, Set<Modality> layers) {
        free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            free.add(new Slot(RenderedFrame.allocate(size.width(), size.height(), layers), new int[size.pixels()]));
        }
    }

    /** Waits for a free set. */
    Slot take() throws InterruptedException {
        return free.take();
    }

    void give(Slot slot) {
        free.add(slot);
    }
}
