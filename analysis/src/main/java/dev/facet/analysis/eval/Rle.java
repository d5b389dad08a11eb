package dev.facet.analysis.eval;

import java.util.Arrays;

/**
 * A binary mask in COCO's run-length encoding: alternating runs of 0s and 1s, starting with
 * 0s, pixels read column by column. Decoding, area, box and IoU follow pycocotools'
 * maskApi.c ({@code rleFrString}, {@code rleArea}, {@code rleToBbox}, {@code rleIou}).
 */
public record Rle(int height, int width, int[] counts) {

    /**
     * Decodes pycocotools' compressed string form: each count is a run of 6-bit characters
     * (offset 48) holding 5 bits each, the 0x20 bit meaning "more follows" and the 0x10 bit of
     * the last one the sign; counts after the third are stored as differences to the count two
     * before. Throws {@link IllegalArgumentException} on a malformed string.
     */
    public static Rle fromString(String s, int height, int width) {
        int[] cnts = new int[s.length()];
        int m = 0;
        int p = 0;
        while (p < s.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= s.length()) {
                    throw new IllegalArgumentException("the string ends inside a count");
                }
                int c = s.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("character '" + s.charAt(p) + "' at " + p + " is not in RLE's '0'..'o'");
                }
                x |= (long) (c & 0x1f) << 5 * k;
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << 5 * k;
                }
            }
            if (m > 2) {
                x += cnts[m - 2];
            }
            if (x < 0 || x > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("count " + m + " is " + x + ", not a run length");
            }
            cnts[m++] = (int) x;
        }
        return checked(height, width, Arrays.copyOf(cnts, m));
    }

    /** The uncompressed form (a list of counts); throws {@link IllegalArgumentException} when they do not cover h*w. */
    public static Rle fromCounts(int[] counts, int height, int width) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count " + i + " is negative");
            }
        }
        return checked(height, width, counts.clone());
    }

    private static Rle checked(int height, int width, int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total != (long) height * width) {
            throw new IllegalArgumentException("the runs cover " + total + " pixels, the image " + height + "x" + width
                    + " has " + (long) height * width);
        }
        return new Rle(height, width, counts);
    }

    /** The pixels of {@code labels} (row-major, {@code width} wide) equal to {@code id}. */
    public static Rle ofLabel(int[] labels, int width, int height, int id) {
        int[] counts = new int[16];
        int n = 0;
        boolean inside = false;
        int run = 0;
        for (int u = 0; u < width; u++) {
            for (int v = 0; v < height; v++) {
                boolean hit = labels[v * width + u] == id;
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
        return new Rle(height, width, counts);
    }

    /** The number of 1 pixels. */
    public long area() {
        long a = 0;
        for (int i = 1; i < counts.length; i += 2) {
            a += counts[i];
        }
        return a;
    }

    /** The tight box (x, y, w, h) around the 1 pixels; all zero for an empty mask (as rleToBbox). */
    public double[] bbox() {
        int m = counts.length / 2 * 2;
        if (m == 0) {
            return new double[4];
        }
        long h = height;
        long xs = width;
        long ys = height;
        long xe = 0;
        long ye = 0;
        long cc = 0;
        long xp = 0;
        for (int j = 0; j < m; j++) {
            cc += counts[j];
            long t = cc - j % 2;
            long y = t % h;
            long x = (t - y) / h;
            if (j % 2 == 0) {
                xp = x;
            } else if (xp < x) {
                ys = 0;
                ye = h - 1;
            }
            xs = Math.min(xs, x);
            xe = Math.max(xe, x);
            ys = Math.min(ys, y);
            ye = Math.max(ye, y);
        }
        return new double[] {xs, ys, xe - xs + 1, ye - ys + 1};
    }

    /**
     * pycocotools' mask IoU of a detection with a ground-truth mask: intersection over union,
     * or over the detection's area when the ground truth is a crowd; 0 when the boxes do not
     * overlap or nothing intersects, -1 when the sizes differ.
     */
    public static double iou(Rle dt, Rle gt, boolean crowd) {
        if (BoxIou.iou(dt.bbox(), gt.bbox(), crowd) <= 0) {
            return 0;
        }
        if (dt.height != gt.height || dt.width != gt.width) {
            return -1;
        }
        long inter = 0;
        long union = 0;
        int a = 1;
        int b = 1;
        long ca = dt.counts[0];
        long cb = gt.counts[0];
        boolean va = false;
        boolean vb = false;
        long ct = 1;
        while (ct > 0) {
            long c = Math.min(ca, cb);
            if (va || vb) {
                union += c;
                if (va && vb) {
                    inter += c;
                }
            }
            ct = 0;
            ca -= c;
            if (ca == 0 && a < dt.counts.length) {
                ca = dt.counts[a++];
                va = !va;
            }
            ct += ca;
            cb -= c;
            if (cb == 0 && b < gt.counts.length) {
                cb = gt.counts[b++];
                vb = !vb;
            }
            ct += cb;
        }
        if (inter == 0) {
            union = 1;
        } else if (crowd) {
            union = dt.area();
        }
        return (double) inter / (double) union;
    }
}
