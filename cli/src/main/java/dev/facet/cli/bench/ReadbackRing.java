package dev.facet.cli.bench;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.HeadlessRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Draws scenes and reads them back into a ring of buffers with the renderer's frames in flight, as the run loop does. */
final class ReadbackRing {
    private ReadbackRing() {
    }

    /**
     * Seconds to draw and read back every scene of {@code scenes} with {@code layers}; scene k is drawn with
     * {@code nexts.get(k)} as its next step where {@code nexts} is not null (flow), with none where it is.
     */
    static double seconds(HeadlessRenderer renderer, List<Scene> scenes, List<Scene> nexts, Set<Modality> layers,
            ImageSize size) {
        List<RenderedFrame> pool = new ArrayList<>();
        for (int i = 0; i <= renderer.framesInFlight(); i++) {
            pool.add(RenderedFrame.allocate(size.width(), size.height(), layers));
        }
        long t0 = System.nanoTime();
        for (int k = 0; k < scenes.size(); k++) {
            renderer.renderInto(scenes.get(k), nexts == null ? null : nexts.get(k), pool.get(k % pool.size()));
        }
        renderer.drain();
        return (System.nanoTime() - t0) / 1e9;
    }
}
