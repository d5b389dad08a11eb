package dev.facet.engine.scene;

/** A semantic class; id 0 is reserved for "no object". */
public record Category(int id, String name) {
    public Category {
        if (id < 1 || id > 0xFFFF) {
            throw new IllegalArgumentException("category id must be in 1..65535, got " + id);
        }
    }
}
