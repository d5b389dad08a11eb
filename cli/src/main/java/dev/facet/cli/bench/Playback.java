package dev.facet.cli.bench;

import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import java.util.List;

/** A renderer that hands out already-rendered pixels: the encode + write stage alone, on the run's worker pool. */
record Playback(List<RenderedFrame> frames) implements Renderer {
    @Override
    public RenderedFrame render(Scene scene) {
        return frames.get((int) (scene.frame() % frames.size()));
    }

    /** The kept frames' own layers, or fewer. */
    @Override
    public void produceLayers(java.util.Set<dev.facet.engine.spi.Modality> layers) {
        for (var m : layers) {
            if (!frames.get(0).layers().has(m)) {
                throw new UnsupportedOperationException("the replayed frames have no " + m.id());
            }
        }
    }

    @Override
    public String description() {
        return "playback";
    }

    @Override
    public void close() {
    }
}
