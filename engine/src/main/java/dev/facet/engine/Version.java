package dev.facet.engine;

/** Facet's version, written into every dataset it makes. */
public final class Version {
    public static final String NAME = "facet";
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
