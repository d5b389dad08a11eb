package dev.facet.exporters.io;

import dev.facet.engine.spi.Modality;

/**
 * The names every exporter shares: a frame's file stem, and where a frame's per-pixel file
 * lies relative to the dataset root (the folder is the modality's name, see the dataset
 * format, "Layout").
 */
public final class DatasetLayout {
    private DatasetLayout() {
    }

    /** Six-digit zero-padded frame number, e.g. {@code 000012}. */
    public static String stem(long frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must not be negative: " + frame);
        }
        return String.format("%06d", frame);
    }

    /** A sequence's name, shared by the coco videos and the mot folders: {@code sequence_NNNNNN}. */
    public static String sequence(long sequence) {
        return "sequence_" + stem(sequence);
    }

    /**
     * The file name extension of a modality's files, with its dot: {@code .npy} for the float
     * modalities (depth, normals, object_coords, flow, depth_noisy), {@code .json} for amodal masks, else {@code .png}.
     */
    public static String extension(Modality modality) {
        return switch (modality) {
            case DEPTH, NORMALS, OBJECT_COORDS, FLOW, DEPTH_NOISY -> ".npy";
            case AMODAL -> ".json";
            case RGB, INSTANCE, SEMANTIC, FLOW_VALID -> ".png";
        };
    }

    /** A frame's file of {@code modality} relative to the dataset root, with forward slashes, e.g. {@code rgb/000012.png}. */
    public static String file(Modality modality, long frame) {
        return modality.id() + "/" + stem(frame) + extension(modality);
    }
}
