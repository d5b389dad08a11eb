package dev.facet.scenarios.tabletop;

import dev.facet.engine.scene.Rgb;
import java.util.List;
import java.util.SplittableRandom;

/** Muted ground colours (linear RGB): a grey, brown or green tone, scaled and jittered a little. */
final class GroundColors {
    static final List<String> TONES = List.of("grey", "brown", "green");
    private static final double[][] BASE = {
        {0.30, 0.30, 0.30},
        {0.28, 0.19, 0.11},
        {0.13, 0.21, 0.08},
    };

    private GroundColors() {
    }

    static Rgb draw(SplittableRandom rng) {
        double[] base = BASE[rng.nextInt(BASE.length)];
        double brightness = 0.6 + 0.6 * rng.nextDouble();
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            double jitter = 0.9 + 0.2 * rng.nextDouble();
            c[k] = Math.min(1, base[k] * brightness * jitter);
        }
        return new Rgb(c[0], c[1], c[2]);
    }
}
