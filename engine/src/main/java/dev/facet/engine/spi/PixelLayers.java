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
    private static final PixelLayers NONE = new PixelLayers(new EnumMap<>(Modality.class), null);

    private final Map<Modality, float[]> layers;
    /** The per-object masks when the run asked for {@link Modality#AMODAL}, else null. */
    private final AmodalMasks amodal;

    private PixelLayers(Map<Modality, float[]> layers, AmodalMasks amodal) {
        this.layers = layers;
        this.amodal = amodal;
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
        AmodalMasks amodal = null;
        for (Modality modality : modalities) {
            if (modality.standard()) {
                throw new IllegalArgumentException(modality.id() + " is not a layer: every render has it");
            }
            if (modality.perObject()) {
                amodal = new AmodalMasks();
            } else {
                m.put(modality, new float[Math.multiplyExact(modality.channels(), pixels)]);
            }
        }
        return new PixelLayers(m, amodal);
    }

    /** The per-pixel layers held (not {@link Modality#AMODAL}, which is per object: see {@link #amodal()}). */
    public Set<Modality> modalities() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    public boolean has(Modality modality) {
        return modality.perObject() ? amodal != null : layers.containsKey(modality);
    }

    /** The frame's amodal masks; fails when the run did not ask for them. */
    public AmodalMasks amodal() {
        if (amodal == null) {
            throw new IllegalStateException("this frame has no amodal masks: the run did not ask for them");
        }
        return amodal;
    }

    /** The layer's values; fails when the run did not ask for it. */
    public float[] get(Modality modality) {
        float[] values = layers.get(modality);
        if (values == null) {
            throw new IllegalStateException("this frame has no " + modality.id() + " layer: the run did not ask for it");
        }
        return values;
    }

    /**
     * Copies into {@code target} every layer it holds, at the same size; this frame must hold at
     * least those (a frame with more, replayed into buffers that ask for fewer, copies what they ask).
     */
    public void copyTo(PixelLayers target) {
        if (!layers.keySet().containsAll(target.layers.keySet()) || (target.amodal != null && amodal == null)) {
            throw new IllegalArgumentException("cannot copy layers " + held() + " into " + target.held());
        }
        target.layers.forEach((m, v) -> System.arraycopy(layers.get(m), 0, v, 0, v.length));
        if (target.amodal != null) {
            amodal.copyTo(target.amodal);
        }
    }

    private Set<Modality> held() {
        Set<Modality> s = java.util.EnumSet.noneOf(Modality.class);
        s.addAll(layers.keySet());
        if (amodal != null) {
            s.add(Modality.AMODAL);
        }
        return s;
    }
}
