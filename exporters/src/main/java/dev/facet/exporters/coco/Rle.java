package dev.facet.exporters.coco;

import java.util.Arrays;

/**
 * COCO's run-length encoding of one binary mask, uncompressed form: runs of alternating
 * 0s and 1s, starting with 0s (possibly an empty run), pixels read column by column
 * (column-major, as COCO and pycocotools require).
 */
public final class Rle {
    private Rle() {
    }

    /** Runs for the pixels of {@code ids} (row-major, {@code width} wide) equal to {@code id}. */
    public static int[] encode(int[] ids, int width, int height, int id) {
        int[] counts = new int[16];
        int n = 0;
        boolean inside = false;
        int run = 0;
        for (int u = 0; u < width; u++) {
            for (int v = 0; v < height; v++) {
                boolean hit = ids[v * width + u] == id;
                if (hit != inside) {
                    if (n == counts.length) {
                        counts = Arrays.copyOf(counts, 2 * n);
                    }
                    counts[n++] = run;
                    run = 0;
                    inside = hit;
                }
                run++;
            }
        }
        counts = Arrays.copyOf(counts, n + 1);
        counts[n] = run;
        return counts;
    }
}
