package dev.facet.scenarios.spec;

/**
 * Makes the error for a problem found at a field of a scenario: the loader's implementation
 * points it at the field's line and column in the file it read.
 */
@FunctionalInterface
public interface FieldErrors {
    RuntimeException at(FieldPath path, String problem);
}
