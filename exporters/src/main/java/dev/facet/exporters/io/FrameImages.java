package dev.facet.exporters.io;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;

/**
 * A frame's images, encoded once per frame and shared by every exporter that asks with the
 * same settings (see {@link Frame#derived}): the exporters write these bytes rather than
 * reading each other's files. Callers must not change the arrays they get.
 */
public final class FrameImages {
    /** The largest value a 16-bit sample holds: farther depths read as this. */
    private static final int MAX_DEPTH_UNITS = 0xFFFF;

    /** What an encoding is of and how it was made: equal keys, one encoding per frame. */
    private record Key(Modality modality, int pngLevel, double depthUnitMm) {
    }

    private FrameImages() {
    }

    /**
     * The frame's file of a per-pixel modality, as the core exporter writes it: a PNG of
     * deflate level {@code pngLevel}, for depth the NPY file, for amodal masks their JSON document.
     */
    public static byte[] of(Modality modality, Frame frame, int pngLevel) {
        return switch (modality) {
            case RGB -> rgbPng(frame, pngLevel);
            case INSTANCE -> instancePng(frame, pngLevel);
            case SEMANTIC -> semanticPng(frame, pngLevel);
            case DEPTH -> depthNpy(frame);
            case AMODAL -> AmodalFile.json(frame);
            case NORMALS, OBJECT_COORDS, FLOW, DEPTH_NOISY -> layerNpy(modality, frame);
            case FLOW_VALID -> flowValidPng(frame, pngLevel);
        };
    }

    /**
     * An optional float layer as a float32 NPY file: (height, width, channels), or (height, width)
     * for a one-channel layer such as depth_noisy, shaped as depth is.
     */
    public static byte[] layerNpy(Modality modality, Frame frame) {
        return frame.derived(new Key(modality, -1, 0), () -> {
            RenderedFrame px = frame.pixels();
            float[] values = px.layers().get(modality);
            return modality.channels() == 1 ? NpyWriter.encodeFloat32(px.height(), px.width(), values)
                    : NpyWriter.encodeFloat32(px.height(), px.width(), modality.channels(), values);
        });
    }

    /** The flow's validity as an 8-bit gray PNG: 255 where the flow is valid, 0 where not. */
    public static byte[] flowValidPng(Frame frame, int level) {
        return frame.derived(new Key(Modality.FLOW_VALID, level, 0), () -> {
            RenderedFrame px = frame.pixels();
            float[] valid = px.layers().get(Modality.FLOW_VALID);
            byte[] bytes = new byte[valid.length];
            for (int i = 0; i < valid.length; i++) {
                bytes[i] = valid[i] != 0 ? (byte) 255 : 0;
            }
            return PngEncoder.ofThisThread(level).encodeGray8(px.width(), px.height(), bytes);
        });
    }

    /** The RGB image as an 8-bit RGB PNG of deflate level {@code level}. */
    public static byte[] rgbPng(Frame frame, int level) {
        return frame.derived(new Key(Modality.RGB, level, 0), () -> {
            RenderedFrame px = frame.pixels();
            return PngEncoder.ofThisThread(level).encodeRgb8(px.width(), px.height(), px.rgb());
        });
    }

    /** The instance ids as a 16-bit gray PNG of deflate level {@code level}. */
    public static byte[] instancePng(Frame frame, int level) {
        return frame.derived(new Key(Modality.INSTANCE, level, 0), () -> {
            RenderedFrame px = frame.pixels();
            return PngEncoder.ofThisThread(level).encodeGray16(px.width(), px.height(), px.instance());
        });
    }

    /** The category ids as a 16-bit gray PNG of deflate level {@code level}. */
    public static byte[] semanticPng(Frame frame, int level) {
        return frame.derived(new Key(Modality.SEMANTIC, level, 0), () -> {
            RenderedFrame px = frame.pixels();
            return PngEncoder.ofThisThread(level).encodeGray16(px.width(), px.height(), frame.semantic());
        });
    }

    /** The depth in metres as a float32 (height, width) NPY file. */
    public static byte[] depthNpy(Frame frame) {
        return frame.derived(new Key(Modality.DEPTH, -1, 0), () -> {
            RenderedFrame px = frame.pixels();
            return NpyWriter.encodeFloat32(px.height(), px.width(), px.depth());
        });
    }

    /**
     * The depth as a 16-bit gray PNG of the default deflate level, in units of {@code unitMm}
     * millimetres: round(d * 1000 / unitMm), clamped to 0..65535; no surface stays 0.
     */
    public static byte[] depthPng(Frame frame, double unitMm) {
        return frame.derived(new Key(Modality.DEPTH, PngEncoder.DEFAULT_LEVEL, unitMm), () -> {
            RenderedFrame px = frame.pixels();
            return PngEncoder.ofThisThread(PngEncoder.DEFAULT_LEVEL)
                    .encodeGray16(px.width(), px.height(), depthUnits(px.depth(), unitMm));
        });
    }

    /**
     * Depth in metres to 16-bit samples of {@code unitMm} millimetres each: round(d * 1000 / unitMm),
     * clamped to 0..65535; no surface (0, or not a finite positive number) stays 0.
     */
    private static int[] depthUnits(float[] depth, double unitMm) {
        int[] out = new int[depth.length];
        double scale = 1000.0 / unitMm;
        for (int i = 0; i < depth.length; i++) {
            float d = depth[i];
            if (d > 0 && Float.isFinite(d)) {
                out[i] = (int) Math.min(MAX_DEPTH_UNITS, Math.round(d * scale));
            }
        }
        return out;
    }
}
