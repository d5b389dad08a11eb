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

    /** A colour given in sRGB-encoded channels in [0, 1] (clamped), converted to linear. */
    public static Rgb fromSrgb(double r, double g, double b) {
        return new Rgb(srgbToLinear(r), srgbToLinear(g), srgbToLinear(b));
    }

    /** A colour given as hue, saturation and value in [0, 1] of sRGB-encoded colour, converted to linear. */
    public static Rgb fromHsv(double h, double s, double v) {
        s = clamp(s);
        v = clamp(v);
        double h6 = (h - Math.floor(h)) * 6;
        int sector = Math.min((int) h6, 5);
        double f = h6 - sector;
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        switch (sector) {
            case 0: return fromSrgb(v, t, p);
            case 1: return fromSrgb(q, v, p);
            case 2: return fromSrgb(p, v, t);
            case 3: return fromSrgb(p, q, v);
            case 4: return fromSrgb(t, p, v);
            default: return fromSrgb(v, p, q);
        }
    }

    /** The sRGB transfer function, inverted: encoded value in [0, 1] (clamped) to linear. */
    public static double srgbToLinear(double c) {
        double x = clamp(c);
        return clamp(x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }

    public double[] toArray() {
        return new double[] {r, g, b};
    }
}
