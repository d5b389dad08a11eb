package dev.facet.engine.scene;

/** A linear-light RGB colour, each channel in [0, 1]. */
public record Rgb(double r, double g, double b) {
    public Rgb {
        if (!(inUnit(r) && inUnit(g) && inUnit(b))) {
            throw new IllegalArgumentException("colour channels must lie in [0, 1]: " + r + ", " + g + ", " + b);
        }
    }

    private static boolean inUnit(double x) {
        return x >= 0 && x <= 1;
    }

    public double[] toArray() {
        return new double[] {r, g, b};
    }
}
