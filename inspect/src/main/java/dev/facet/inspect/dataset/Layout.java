package dev.facet.inspect.dataset;

import java.util.List;

/** Folder names and file names of the dataset format (read side, independent of the writers). */
public final class Layout {
    public static final String RGB = "rgb";
    public static final String INSTANCE = "instance";
    public static final String SEMANTIC = "semantic";
    public static final String DEPTH = "depth";
    public static final String META = "meta";
    /** Per-object amodal masks, one JSON document per frame (not a per-pixel image). */
    public static final String AMODAL = "amodal";
    /** Depth as the camera's depth sensor model reads it (optional). */
    public static final String DEPTH_NOISY = "depth_noisy";
    /** The optional per-pixel layers (see the dataset format, "Optional layers"). */
    public static final String NORMALS = "normals";
    public static final String OBJECT_COORDS = "object_coords";
    public static final String FLOW = "flow";
    public static final String FLOW_VALID = "flow_valid";
    public static final List<String> PIXEL_MODALITIES = List.of(RGB, INSTANCE, SEMANTIC, DEPTH);

    private Layout() {
    }

    /** Six-digit zero-padded frame number. */
    public static String stem(long frame) {
        return String.format("%06d", frame);
    }

    /** The file extension of a modality's files, dot included. */
    public static String extension(String modality) {
        return switch (modality) {
            case DEPTH, NORMALS, OBJECT_COORDS, FLOW, DEPTH_NOISY -> ".npy";
            case META, AMODAL -> ".json";
            default -> ".png";
        };
    }
}
