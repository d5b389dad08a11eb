package dev.facet.renderer.lens;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.pass.FrameTargets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * The renderer's side of lens distortion: the {@link WideView} of each distorted camera
 * (computed once per lens and image size, then only re-posed), and the buffers wide frames
 * are read back into before {@link LensRemap} resamples them.
 */
public final class Lens {
    private static final int SPARE_BUFFERS = 4;

    private final Deque<RenderedFrame> spare = new ArrayDeque<>();
    private Set<Modality> drawnLayers = Set.of();
    private WideView last;

    /** The optional layers of the run: wide frames carry those that are drawn (not derived). */
    public void layers(Set<Modality> layers) {
        Set<Modality> drawn = EnumSet.noneOf(Modality.class);
        layers.stream().filter(m -> m.kind() != Modality.Kind.DERIVED).forEach(drawn::add);
        if (drawn.contains(Modality.FLOW)) {
            drawn.add(Modality.FLOW_VALID);  // the remap of flow needs its validity
        }
        drawnLayers = Set.copyOf(drawn);
        spare.clear();
    }

    /**
     * The wide view {@code c} is drawn through, or null when {@code c} does not distort. It keeps
     * the size of the current {@code targets} (null: none yet) when they are large enough and not much larger.
     */
    public WideView view(Camera c, FrameTargets targets) {
        if (!c.distorted()) {
            return null;
        }
        if (last == null || !last.serves(c)) {
            last = targets == null ? WideView.of(c, 0, 0) : WideView.of(c, targets.width(), targets.height());
        }
        return last.posedAs(c);
    }

    /** {@code scene} as the pinhole camera {@code drawn} (its wide view) sees it. */
    public static Scene seenThrough(Scene scene, Camera drawn) {
        return new Scene(scene.frame(), scene.seed(), scene.timeS(), drawn, scene.objects(), scene.lighting(),
                scene.background(), scene.backgroundImage(), scene.params(), scene.rendering(), scene.sequence(),
                scene.step());
    }

    /** A frame's buffers at the size of {@code drawn}, with the run's drawn layers. */
    public RenderedFrame buffer(Camera drawn) {
        RenderedFrame f = spare.poll();
        while (f != null && (f.width() != drawn.width() || f.height() != drawn.height())) {
            f = spare.poll();
        }
        return f != null ? f : RenderedFrame.allocate(drawn.width(), drawn.height(), drawnLayers);
    }

    /** Gives back a wide frame's buffers once remapped. */
    public void release(RenderedFrame wide) {
        if (spare.size() < SPARE_BUFFERS && wide.layers().modalities().equals(drawnLayers)) {
            spare.push(wide);
        }
    }
}
