package dev.facet.exporters.io;

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
        return encode(ids, width, height, id, new int[] {0, 0, width, height});
    }

    /**
     * The same runs, reading only the pixels inside {@code bbox} (x, y, w, h), which must hold
     * every pixel equal to {@code id}: everything outside it belongs to runs of 0s.
     */
    public static int[] encode(int[] ids, int width, int height, int id, int[] bbox) {
        return encode(ObjectMask.cut(ids, width, id, bbox), width, height);
    }

    /** The runs of a {@code width} x {@code height} image that is 1 exactly where {@code mask} is. */
    public static int[] encode(ObjectMask mask, int width, int height) {
        int x0 = mask.x();
        int y0 = mask.y();
        int x1 = x0 + mask.width();
        int y1 = y0 + mask.height();
        int[] counts = new int[16];
        int n = 0;
        boolean inside = false;
        long runStart = 0;  // column-major index where the current run began
        long next = 0;      // column-major index of the first pixel not read yet
        for (int u = x0; u < x1; u++) {
            long column = (long) u * height;
            if (inside && column + y0 > next) {  // skipped pixels above the box: a run of 0s starts
                counts = put(counts, n++, next - runStart);
                runStart = next;
                inside = false;
            }
            for (int v = y0; v < y1; v++) {
                boolean hit = mask.at(u - x0, v - y0);
                if (hit != inside) {
                    counts = put(counts, n++, column + v - runStart);
                    runStart = column + v;
                    inside = hit;
                }
            }
            next = column + y1;
        }
        long total = (long) width * height;
        if (inside && next < total) {
            counts = put(counts, n++, next - runStart);
            runStart = next;
        }
        counts = put(counts, n++, total - runStart);
        return Arrays.copyOf(counts, n);
    }

    private static int[] put(int[] counts, int at, long run) {
        if (at == counts.length) {
            counts = Arrays.copyOf(counts, 2 * at);
        }
        counts[at] = (int) run;
        return counts;
    }
}
