package dev.facet.engine.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The per-pixel outputs of a frame, by the names the dataset contract, scenario files
 * ({@code outputs}) and the core exporter's folders use. Meta is written for every frame
 * and is not among them.
 */
public enum Modality {
    RGB("rgb"), INSTANCE("instance"), SEMANTIC("semantic"), DEPTH("depth");

    /** Every modality's name, in contract order. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Modality::id).toList();

    private final String id;

    Modality(String id) {
        this.id = id;
    }

    /** The name in files and on the command line, e.g. "rgb". */
    public String id() {
        return id;
    }

    public static Optional<Modality> named(String name) {
        return Arrays.stream(values()).filter(m -> m.id.equals(name)).findFirst();
    }
}
