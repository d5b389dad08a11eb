package dev.facet.renderer.post;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Rendering.AmbientOcclusion;
import java.util.SplittableRandom;

/**
 * Screen-space ambient occlusion on the CPU, from the label pass's depth (one exact sample at
 * each pixel centre) and normals rebuilt from it: each surface point looks at {@value #SAMPLES}
 * points of the hemisphere over its normal, within the radius, and counts those the depth
 * image shows behind a nearer surface (Crytek's and LearnOpenGL's hemisphere test, with a range
 * check so distant foreground does not darken the background). The kernel turns per pixel in a
 * 4x4 pattern that a depth-aware 4x4 blur removes. Occlusion multiplies the linear colour of
 * the whole pixel (not only its ambient light: the colour is already shaded); pixels showing
 * no surface and fully open pixels keep their bytes. Ids and depth are only read.
 */
public final class AmbientOcclusionFilter {
    static final int SAMPLES = 8;
    private static final float[][] KERNEL = kernel();
    private static final float[] TURNS = turns();
    /** The cosines and sines of {@link #TURNS}, computed once. */
    private static final float[] COS = new float[16];
    private static final float[] SIN = new float[16];

    static {
        for (int i = 0; i < 16; i++) {
            COS[i] = (float) Math.cos(TURNS[i]);
            SIN[i] = (float) Math.sin(TURNS[i]);
        }
    }

    private AmbientOcclusionFilter() {
    }

    /** Darkens {@code rgb} (rows top-down, 3 bytes per pixel) by the occlusion {@code depth} (z, 0 = none) shows. */
    public static void apply(byte[] rgb, float[] depth, Camera cam, AmbientOcclusion ao) {
        int w = cam.width();
        int h = cam.height();
        float[] open = blur(occlusion(depth, cam, (float) ao.radius()), depth, w, h);
        float k = (float) ao.intensity();
        for (int i = 0; i < w * h; i++) {
            float factor = 1 - k * (1 - open[i]);
            if (depth[i] > 0 && factor < 1) {
                for (int c = 3 * i; c < 3 * i + 3; c++) {
                    rgb[c] = Srgb.nearest(Srgb.linear(rgb[c] & 0xff) * factor);
                }
            }
        }
    }

    /** Per pixel, the fraction of hemisphere samples not occluded (1 where no surface). */
    static float[] occlusion(float[] depth, Camera cam, float radius) {
        int w = cam.width();
        int h = cam.height();
        float[] open = new float[w * h];
        float fx = (float) cam.fx();
        float fy = (float) cam.fy();
        float cx = (float) cam.cx();
        float cy = (float) cam.cy();
        float[] n = new float[3];
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int i = v * w + u;
                float z = depth[i];
                if (z <= 0 || !normal(depth, w, h, u, v, fx, fy, cx, cy, n)) {
                    open[i] = 1;
                    continue;
                }
                float px = (u - cx) / fx * z;
                float py = (v - cy) / fy * z;
                // a tangent frame about n, turned by the pixel's place in the 4x4 pattern
                int turn = (v & 3) * 4 + (u & 3);
                float ax = COS[turn];
                float ay = SIN[turn];
                float tx = ax - n[0] * (ax * n[0] + ay * n[1]);
                float ty = ay - n[1] * (ax * n[0] + ay * n[1]);
                float tz = -n[2] * (ax * n[0] + ay * n[1]);
                float tl = (float) Math.sqrt(tx * tx + ty * ty + tz * tz);
                if (tl < 1e-4f) {
                    tx = 1;
                    ty = 0;
                    tz = 0;
                    tl = 1;
                }
                tx /= tl;
                ty /= tl;
                tz /= tl;
                float bx = n[1] * tz - n[2] * ty;
                float by = n[2] * tx - n[0] * tz;
                float bz = n[0] * ty - n[1] * tx;
                float occluded = 0;
                for (float[] s : KERNEL) {
                    float sx = px + radius * (tx * s[0] + bx * s[1] + n[0] * s[2]);
                    float sy = py + radius * (ty * s[0] + by * s[1] + n[1] * s[2]);
                    float sz = z + radius * (tz * s[0] + bz * s[1] + n[2] * s[2]);
                    if (sz <= 0) {
                        continue;
                    }
                    int su = Math.round(fx * sx / sz + cx);
                    int sv = Math.round(fy * sy / sz + cy);
                    if (su < 0 || sv < 0 || su >= w || sv >= h) {
                        continue;
                    }
                    float scene = depth[sv * w + su];
                    if (scene > 0 && scene < sz - 0.02f * radius) {
                        float range = radius / Math.abs(z - scene);
                        occluded += range >= 1 ? 1 : range * range * (3 - 2 * range);
                    }
                }
                open[i] = 1 - occluded / SAMPLES;
            }
        }
        return open;
    }

    /**
     * The camera-frame normal at (u, v) from the depth image, facing the camera: the cross
     * product of the horizontal and vertical differences, each taken on the side whose depth
     * differs less (so a silhouette does not bend it). False without neighbours to use.
     */
    static boolean normal(float[] d, int w, int h, int u, int v, float fx, float fy, float cx, float cy, float[] n) {
        int i = v * w + u;
        float z = d[i];
        int ul = u > 0 && d[i - 1] > 0 ? u - 1 : -1;
        int ur = u < w - 1 && d[i + 1] > 0 ? u + 1 : -1;
        int vu = v > 0 && d[i - w] > 0 ? v - 1 : -1;
        int vd = v < h - 1 && d[i + w] > 0 ? v + 1 : -1;
        int hu = ul < 0 ? ur : ur < 0 ? ul : Math.abs(d[i - 1] - z) < Math.abs(d[i + 1] - z) ? ul : ur;
        int hv = vu < 0 ? vd : vd < 0 ? vu : Math.abs(d[i - w] - z) < Math.abs(d[i + w] - z) ? vu : vd;
        if (hu < 0 || hv < 0) {
            return false;
        }
        float zu = d[v * w + hu];
        float zv = d[hv * w + u];
        float s = hu > u ? 1 : -1;
        float t = hv > v ? 1 : -1;
        // differences towards +u and +v in the camera frame
        float ax = s * ((hu - cx) / fx * zu - (u - cx) / fx * z);
        float ay = s * ((v - cy) / fy * zu - (v - cy) / fy * z);
        float az = s * (zu - z);
        float bx = t * ((u - cx) / fx * zv - (u - cx) / fx * z);
        float by = t * ((hv - cy) / fy * zv - (v - cy) / fy * z);
        float bz = t * (zv - z);
        n[0] = ay * bz - az * by;
        n[1] = az * bx - ax * bz;
        n[2] = ax * by - ay * bx;
        float len = (float) Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(len > 0)) {
            return false;
        }
        float facing = n[0] * ((u - cx) / fx) + n[1] * ((v - cy) / fy) + n[2];
        float sign = facing > 0 ? -1 / len : 1 / len;
        n[0] *= sign;
        n[1] *= sign;
        n[2] *= sign;
        return true;
    }

    /** A 4x4 mean over pixels of the same surface (depth within 5% of the centre's). */
    static float[] blur(float[] open, float[] depth, int w, int h) {
        float[] out = new float[open.length];
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int i = v * w + u;
                float z = depth[i];
                float sum = 0;
                int count = 0;
                for (int dv = -2; dv < 2; dv++) {
                    for (int du = -2; du < 2; du++) {
                        int x = u + du;
                        int y = v + dv;
                        if (x >= 0 && y >= 0 && x < w && y < h && Math.abs(depth[y * w + x] - z) <= 0.05f * z) {
                            sum += open[y * w + x];
                            count++;
                        }
                    }
                }
                out[i] = count == 0 ? open[i] : sum / count;
            }
        }
        return out;
    }

    /** Points in the unit hemisphere over +z, denser near its centre; fixed, so results repeat. */
    private static float[][] kernel() {
        SplittableRandom r = new SplittableRandom(0x55a0L);
        float[][] k = new float[SAMPLES][];
        for (int i = 0; i < SAMPLES; i++) {
            double x;
            double y;
            double z;
            do {
                x = r.nextDouble(-1, 1);
                y = r.nextDouble(-1, 1);
                z = r.nextDouble(0.15, 1);
            } while (x * x + y * y + z * z > 1);
            double len = Math.sqrt(x * x + y * y + z * z);
            double scale = 0.1 + 0.9 * ((i + 1.0) / SAMPLES) * ((i + 1.0) / SAMPLES);
            k[i] = new float[] {(float) (x / len * scale), (float) (y / len * scale), (float) (z / len * scale)};
        }
        return k;
    }

    private static float[] turns() {
        float[] t = new float[16];
        int[] order = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};  // a 4x4 Bayer matrix
        for (int i = 0; i < 16; i++) {
            t[i] = (float) (Math.PI * order[i] / 16.0);
        }
        return t;
    }
}
