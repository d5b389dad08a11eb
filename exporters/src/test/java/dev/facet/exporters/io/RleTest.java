package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** COCO runs read inside the object's box equal the runs of the whole mask, column by column. */
class RleTest {

    /** The definition: every pixel in column-major order, runs of 0s and 1s starting with 0s. */
    static int[] reference(int[] ids, int width, int height, int id) {
        int[] counts = new int[width * height + 1];
        int n = 0;
        boolean inside = false;
        int run = 0;
        for (int u = 0; u < width; u++) {
            for (int v = 0; v < height; v++) {
                boolean hit = ids[v * width + u] == id;
                if (hit != inside) {
                    counts[n++] = run;
                    run = 0;
                    inside = hit;
                }
                run++;
            }
        }
        counts[n++] = run;
        return Arrays.copyOf(counts, n);
    }

    static int[] bbox(int[] ids, int width, int height, int id) {
        int x0 = width, y0 = height, x1 = -1, y1 = -1;
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                if (ids[v * width + u] == id) {
                    x0 = Math.min(x0, u);
                    y0 = Math.min(y0, v);
                    x1 = Math.max(x1, u);
                    y1 = Math.max(y1, v);
                }
            }
        }
        return new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    @Test
    void boxedRunsEqualTheWholeMasksRuns() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 2000; trial++) {
            int w = 1 + rng.nextInt(9);
            int h = 1 + rng.nextInt(9);
            int[] ids = new int[w * h];
            // a random box filled with a random mix of ids, so masks touch any edge or none
            int bx = rng.nextInt(w), by = rng.nextInt(h);
            int bw = 1 + rng.nextInt(w - bx), bh = 1 + rng.nextInt(h - by);
            for (int v = by; v < by + bh; v++) {
                for (int u = bx; u < bx + bw; u++) {
                    ids[v * w + u] = rng.nextInt(3);
                }
            }
            ids[(by + rng.nextInt(bh)) * w + bx + rng.nextInt(bw)] = 1;  // id 1 is present
            int[] expected = reference(ids, w, h, 1);
            String where = "trial " + trial + " " + w + "x" + h + " " + Arrays.toString(ids);
            assertArrayEquals(expected, Rle.encode(ids, w, h, 1, bbox(ids, w, h, 1)), where);
            assertArrayEquals(expected, Rle.encode(ids, w, h, 1), where);
        }
    }
}
