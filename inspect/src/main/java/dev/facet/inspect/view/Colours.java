package dev.facet.inspect.view;

/** The viewer's colours: one per instance or category id (spread by the golden ratio), and a depth ramp. */
final class Colours {
    private static final int[][] RAMP = {{48, 18, 59}, {70, 134, 251}, {27, 229, 181}, {164, 252, 60},
        {251, 185, 56}, {226, 67, 11}, {122, 4, 3}};

    private Colours() {
    }

    /** An opaque 0xRRGGBB colour for an id; 0 is black. */
    static int ofId(int id) {
        if (id == 0) {
            return 0;
        }
        double hue = (id * 0.618033988749895) % 1.0;
        double value = id % 2 == 0 ? 0.95 : 0.8;
        return hsv(hue, 0.8, value);
    }

    static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    /** The depth ramp at {@code t} in 0..1: near dark blue, far dark red. */
    static int ramp(double t) {
        double x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) x);
        double f = x - i;
        int r = (int) Math.round(RAMP[i][0] + f * (RAMP[i + 1][0] - RAMP[i][0]));
        int g = (int) Math.round(RAMP[i][1] + f * (RAMP[i + 1][1] - RAMP[i][1]));
        int b = (int) Math.round(RAMP[i][2] + f * (RAMP[i + 1][2] - RAMP[i][2]));
        return r << 16 | g << 8 | b;
    }

    private static int hsv(double h, double s, double v) {
        int sector = (int) (h * 6) % 6;
        double f = h * 6 - Math.floor(h * 6);
        double p = v * (1 - s);
        double q = v * (1 - f * s);
        double t = v * (1 - (1 - f) * s);
        double[] rgb = switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return (int) Math.round(rgb[0] * 255) << 16 | (int) Math.round(rgb[1] * 255) << 8 | (int) Math.round(rgb[2] * 255);
    }
}
