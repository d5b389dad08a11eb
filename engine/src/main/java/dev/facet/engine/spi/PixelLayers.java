package dev.facet.engine.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A frame's optional per-pixel float layers beyond RGB, instance and depth (for example
 * normals or flow), by modality: {@code channels()} floats per pixel, pixel-interleaved,
 * rows top-down, sampled at the same pixel centres as every other modality. A frame holds
 * exactly the layers its run asked the renderer for ({@link Exporter#layers()}).
 */
public final class PixelLayers {
    private static final PixelLayers NONE = new PixelLayers(new EnumMap<>(Modality.class));

    private final Map<Modality, float[]> layers;

    private PixelLayers(Map<Modality, float[]> layers) {
        this.layers = layers;
    }

    /** No layers. */
    public static PixelLayers none() {
        return NONE;
    }

    /** Zeroed buffers for each of {@code modalities} (none of them standard) at {@code pixels} pixels. */
    public static PixelLayers allocate(Set<Modality> modalities, int pixels) {
        if (modalities.isEmpty()) {
            return NONE;
        }
        Map<Modality, float[]> m = new EnumMap<>(Modality.class);
        for (Modality modality : modalities) {
            if (modality.standard()) {
                throw new IllegalArgumentException(modality.id() + " is not a layer: every render has it");
            }
            m.put(modality, new float[Math.multiplyExact(modality.channels(), pixels)]);
        }
        return new PixelLayers(m);
    }

    /** The layers held. */
    public Set<Modality> modalities() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    public boolean has(Modality modality) {
        return layers.containsKey(modality);
    }

    /** The layer's values; fails when the run did not ask for it. */
    public float[] get(Modality modality) {
        float[] values = layers.get(modality);
        if (values == null) {
            throw new IllegalStateException("this frame has no " + modality.id() + " layer: the run did not ask for it");
        }
        return values;
    }

    /** Copies every layer into {@code target}, which must hold the same layers at the same size. */
    public void copyTo(PixelLayers target) {
        if (!target.layers.keySet().equals(layers.keySet())) {
            throw new IllegalArgumentException("cannot copy layers " + layers.keySet() + " into " + target.layers.keySet());
        }
        layers.forEach((m, v) -> System.arraycopy(v, 0, target.layers.get(m), 0, v.length));
    }
}
