package dev.facet.engine.spi;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The per-pixel outputs of a frame, by the names the dataset contract, scenario files
 * ({@code outputs}) and the core exporter's folders use. Meta is written for every frame
 * and is not among them.
 *
 * <p>The {@linkplain #STANDARD standard} four come from every render. The others are
 * {@linkplain PixelLayers layers} a renderer produces only when an exporter asks for them
 * ({@link Exporter#layers()}), so a run pays only for what it writes.
 */
public enum Modality {
    RGB("rgb", 3, true, Kind.COLOUR), INSTANCE("instance", 1, true, Kind.LABEL), SEMANTIC("semantic", 1, true, Kind.LABEL),
    DEPTH("depth", 1, true, Kind.CONTINUOUS),
    /** Each object's unoccluded silhouette: per object, not per pixel ({@link PixelLayers#amodal()}). */
    AMODAL("amodal", 0, false, Kind.LABEL),
    /** The surface normal in the camera frame (OpenCV axes), unit length, 0 where no surface. */
    NORMALS("normals", 3, false, Kind.CONTINUOUS),
    /** Each pixel's point in its own object's frame, scaled per axis to the object's bounds: [0, 1]^3, NaN off objects. */
    OBJECT_COORDS("object_coords", 3, false, Kind.CONTINUOUS),
    /** Forward optical flow t -> t+1 in pixels (du, dv); 0 where {@link #FLOW_VALID} is 0. */
    FLOW("flow", 2, false, Kind.CONTINUOUS),
    /** 1 where the flow is valid: the point is seen at t+1, inside the image and not hidden; else 0. */
    FLOW_VALID("flow_valid", 1, false, Kind.LABEL),
    /** Depth as a depth sensor reads it (noise, quantisation, dropout at edges), from the finished clean depth. */
    DEPTH_NOISY("depth_noisy", 1, false, Kind.DERIVED);

    /**
     * What a modality's values are, which decides how they are resampled when a frame is
     * rendered through a wider pinhole camera and remapped to a distorted one.
     */
    public enum Kind {
        /** Colour: interpolated between neighbouring pixels everywhere. */
        COLOUR,
        /** Ids and masks: the nearest pixel's value, never a blend. */
        LABEL,
        /** Smooth within one surface (depth, normals, coordinates): interpolated where the neighbours show the same object, else the nearest. */
        CONTINUOUS,
        /** Computed from the other modalities of the finished frame (after any remap), never resampled. */
        DERIVED
    }

    /** Every modality's name, in contract order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Modality::id).toList();

    /** The modalities every render produces and a dataset holds unless told otherwise. */
    public static final Set<Modality> STANDARD = standardSet();

    /** The standard modalities' names, in contract order. */
    public static final List<String> STANDARD_NAMES = STANDARD.stream().map(Modality::id).toList();

    private final String id;
    private final int channels;
    private final boolean standard;
    private final Kind kind;

    /** A modality of {@link Kind#LABEL labels}: resampled by nearest neighbour, the safe rule for any values. */
    Modality(String id, int channels, boolean standard) {
        this(id, channels, standard, Kind.LABEL);
    }

    Modality(String id, int channels, boolean standard, Kind kind) {
        this.id = id;
        this.channels = channels;
        this.standard = standard;
        this.kind = kind;
    }

    /** How its values are resampled through a lens distortion. */
    public Kind kind() {
        return kind;
    }

    /** The name in files and on the command line, e.g. "rgb". */
    public String id() {
        return id;
    }

    /** Values per pixel; 0 for what is held per object rather than per pixel ({@link #AMODAL}). */
    public int channels() {
        return channels;
    }

    /** True for the four every render produces; false for an optional {@link PixelLayers layer}. */
    public boolean standard() {
        return standard;
    }

    /** True for what is held per object ({@link #AMODAL}), not as one value per pixel. */
    public boolean perObject() {
        return channels == 0;
    }

    /** True for the layers made from the scene one step later (t+1): the renderer needs that scene too. */
    public boolean needsNextScene() {
        return this == FLOW || this == FLOW_VALID;
    }

    /** True when any of {@code modalities} {@linkplain #needsNextScene() needs the next scene}. */
    public static boolean needNextScene(Set<Modality> modalities) {
        return modalities.stream().anyMatch(Modality::needsNextScene);
    }

    public static Optional<Modality> named(String name) {
        return Arrays.stream(values()).filter(m -> m.id.equals(name)).findFirst();
    }

    private static Set<Modality> standardSet() {
        Set<Modality> s = EnumSet.noneOf(Modality.class);
        for (Modality m : values()) {
            if (m.standard) {
                s.add(m);
            }
        }
        return Collections.unmodifiableSet(s);
    }
}
