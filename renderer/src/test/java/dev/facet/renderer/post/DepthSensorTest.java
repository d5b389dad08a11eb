package dev.facet.renderer.post;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.DepthNoise;
import java.util.Arrays;
import org.joml.Matrix4d;
import org.junit.jupiter.api.Test;

/** The depth sensor model on synthetic depth images with known answers. */
class DepthSensorTest {
    static final int W = 200;
    static final int H = 100;
    static final double FX = 500;

    static Camera camera(DepthNoise n) {
        return new Camera(W, H, FX, FX, 99.5, 49.5, new Matrix4d(), 0.05, 100).withDepthNoise(n);
    }

    static DepthNoise noise(double stdZ2, DepthNoise.Quantization q, double dropout) {
        return new DepthNoise(0, stdZ2, q, 0.05, 0.125, 0.001, dropout, 0.05);
    }

    /** Left half at {@code near} metres, right half at {@code far}, a hole of no surface in the middle rows' first 10 columns. */
    static float[] steps(float near, float far) {
        float[] d = new float[W * H];
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                d[v * W + u] = u < 10 && v >= 40 && v < 60 ? 0 : u < W / 2 ? near : far;
            }
        }
        return d;
    }

    static float[] read(float[] depth, DepthNoise n, long seed) {
        float[] out = new float[depth.length];
        DepthSensor.read(depth, out, W, H, camera(n), seed);
        return out;
    }

    @Test
    void noiseStdGrowsWithZSquared() {
        float[] clean = steps(1, 3);
        float[] noisy = read(clean, noise(0.004, DepthNoise.Quantization.NONE, 0), 11);
        double nearStd = std(noisy, clean, 0, W / 2 - 1);
        double farStd = std(noisy, clean, W / 2 + 1, W);
        assertEquals(0.004, nearStd, 0.0004);
        assertEquals(0.036, farStd, 0.0036);
    }

    private static double std(float[] noisy, float[] clean, int u0, int u1) {
        double sum = 0;
        int n = 0;
        for (int v = 0; v < H; v++) {
            for (int u = u0; u < u1; u++) {
                int i = v * W + u;
                if (clean[i] > 0) {
                    sum += (noisy[i] - clean[i]) * (noisy[i] - clean[i]);
                    n++;
                }
            }
        }
        return Math.sqrt(sum / n);
    }

    @Test
    void disparityQuantisationPutsReadingsOnDisparitySteps() {
        float[] clean = new float[W * H];
        for (int i = 0; i < clean.length; i++) {
            clean[i] = 0.5f + 3f * i / clean.length;  // a ramp from 0.5 to 3.5 m
        }
        float[] q = read(clean, noise(0, DepthNoise.Quantization.DISPARITY, 0), 1);
        double fb = FX * 0.05;
        for (int i = 0; i < clean.length; i++) {
            double steps = fb / q[i] / 0.125;
            assertEquals(Math.rint(steps), steps, 1e-3, "not on a disparity step at " + i);
            // the depth step at z is about z^2 / (fx b) * 0.125: the reading is within half of it
            double half = clean[i] * clean[i] / fb * 0.125 / 2;
            assertTrue(Math.abs(q[i] - clean[i]) <= half * 1.05, "reading " + q[i] + " for " + clean[i]);
        }
        float[] fixed = read(clean, noise(0, DepthNoise.Quantization.STEP, 0), 1);
        for (int i = 0; i < clean.length; i++) {
            assertEquals(Math.rint(fixed[i] * 1000), fixed[i] * 1000, 1e-3);
        }
    }

    @Test
    void dropoutHitsDepthEdgesOnly() {
        float[] clean = steps(1, 3);
        float[] noisy = read(clean, noise(0, DepthNoise.Quantization.NONE, 0.5), 5);
        int edgeDropped = 0;
        int edges = 0;
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                int i = v * W + u;
                if (clean[i] == 0) {
                    assertEquals(0f, noisy[i], "no surface reads 0");
                    continue;
                }
                boolean edge = DepthSensor.atEdge(clean, W, H, u, v, 0.05);
                if (edge) {
                    edges++;
                    edgeDropped += noisy[i] == 0 ? 1 : 0;
                } else {
                    assertEquals(clean[i], noisy[i], "a pixel away from edges changed at " + u + ", " + v);
                }
            }
        }
        assertTrue(edges > 200, "few edge pixels: " + edges);
        assertEquals(0.5, edgeDropped / (double) edges, 0.1);
    }

    @Test
    void theFramesSeedAloneDecides() {
        float[] clean = steps(1, 2);
        DepthNoise n = noise(0.003, DepthNoise.Quantization.DISPARITY, 0.3);
        assertArrayEquals(read(clean, n, 42), read(clean, n, 42));
        assertFalse(Arrays.equals(read(clean, n, 42), read(clean, n, 43)));
    }
}
