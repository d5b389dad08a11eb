package dev.facet.inspect.verify;

/** One thing that does not hold: the check that found it, the file it concerns, and what is wrong. */
public record Finding(String check, String file, String message) {
    @Override
    public String toString() {
        return check + ": " + file + ": " + message;
    }
}
