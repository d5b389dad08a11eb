package dev.facet.exporters.yolo;

import java.util.ArrayList;
import java.util.List;

/**
 * Outlines of a mask as polygons along pixel edges (vertices at pixel corners, so a pixel
 * (u, v) spans [u, u+1] x [v, v+1]). The mask's holes (background not 8-connected to the
 * border) are filled first, and with them any piece lying inside another piece's hole; each
 * remaining 4-connected piece gives the outer boundary of its pixels. No outline then lies
 * inside another, so the polygons filled even-odd at pixel centres (as cv2.fillPoly and
 * matplotlib do) cover exactly the mask with its holes filled. Collinear corners are dropped.
 */
final class MaskOutline {
    private MaskOutline() {
    }

    /** Outer outlines of the 4-connected pieces of {@code mask} (row-major) with holes filled, largest piece first. */
    static List<int[]> trace(boolean[] pixels, int width, int height) {
        boolean[] mask = withHolesFilled(pixels, width, height);
        int[] piece = new int[mask.length];
        int[] stack = new int[mask.length];  // shared by every piece's fill: a pixel is pushed once
        List<int[]> outlines = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < mask.length; start++) {
            if (mask[start] && piece[start] == 0) {
                next++;
                int size = fill(mask, piece, stack, width, height, start, next);
                // start is the piece's first pixel in row-major order: its top edge is on the outline
                int[] outline = follow(piece, width, height, next, start % width, start / width);
                int at = 0;
                while (at < sizes.size() && sizes.get(at) >= size) {
                    at++;
                }
                sizes.add(at, size);
                outlines.add(at, outline);
            }
        }
        return outlines;
    }

    /** The mask plus every background pixel that no 8-connected background path links to the border. */
    static boolean[] withHolesFilled(boolean[] mask, int width, int height) {
        boolean[] outside = new boolean[mask.length];
        int[] stack = new int[mask.length];
        int top = 0;
        for (int p = 0; p < mask.length; p++) {
            int u = p % width;
            int v = p / width;
            if (!mask[p] && (u == 0 || v == 0 || u == width - 1 || v == height - 1)) {
                outside[p] = true;
                stack[top++] = p;
            }
        }
        while (top > 0) {
            int p = stack[--top];
            int u = p % width;
            int v = p / width;
            for (int dv = -1; dv <= 1; dv++) {
                for (int du = -1; du <= 1; du++) {
                    int x = u + du;
                    int y = v + dv;
                    int q = y * width + x;
                    if (x >= 0 && y >= 0 && x < width && y < height && !mask[q] && !outside[q]) {
                        outside[q] = true;
                        stack[top++] = q;
                    }
                }
            }
        }
        boolean[] filled = new boolean[mask.length];
        for (int p = 0; p < mask.length; p++) {
            filled[p] = !outside[p];
        }
        return filled;
    }

    private static int fill(boolean[] mask, int[] piece, int[] stack, int width, int height, int start, int label) {
        int top = 0;
        stack[top++] = start;
        piece[start] = label;
        int size = 0;
        while (top > 0) {
            int p = stack[--top];
            size++;
            int u = p % width;
            int v = p / width;
            int[] neighbours = {u > 0 ? p - 1 : -1, u < width - 1 ? p + 1 : -1, v > 0 ? p - width : -1,
                    v < height - 1 ? p + width : -1};
            for (int q : neighbours) {
                if (q >= 0 && mask[q] && piece[q] == 0) {
                    piece[q] = label;
                    stack[top++] = q;
                }
            }
        }
        return size;
    }

    // directions, clockwise on screen (y down): right, down, left, up
    private static final int[] DU = {1, 0, -1, 0};
    private static final int[] DV = {0, 1, 0, -1};

    /**
     * Walks the boundary clockwise with the piece on the right, from the top-left corner of
     * pixel (u0, v0) heading right; at every corner it turns right if it can, else goes
     * straight, else turns left.
     */
    private static int[] follow(int[] piece, int width, int height, int label, int u0, int v0) {
        List<int[]> corners = new ArrayList<>();
        int x = u0;
        int y = v0;
        int dir = 0;
        int steps = 0;
        do {
            if (++steps > 4 * piece.length + 4) {
                throw new IllegalStateException("outline of piece " + label + " does not close");
            }
            corners.add(new int[] {x, y});
            x += DU[dir];
            y += DV[dir];
            int[] order = {(dir + 1) % 4, dir, (dir + 3) % 4};
            for (int d : order) {
                if (edgeBordersPiece(piece, width, height, label, x, y, d)) {
                    dir = d;
                    break;
                }
            }
        } while (x != u0 || y != v0 || dir != 0);
        return dropCollinear(corners);
    }

    /** True when the edge leaving corner (x, y) in direction d has a piece pixel on its right and none on its left. */
    private static boolean edgeBordersPiece(int[] piece, int width, int height, int label, int x, int y, int d) {
        // pixel on the right of the edge and on its left
        int ru;
        int rv;
        int lu;
        int lv;
        switch (d) {
            case 0 -> { ru = x; rv = y; lu = x; lv = y - 1; }
            case 1 -> { ru = x - 1; rv = y; lu = x; lv = y; }
            case 2 -> { ru = x - 1; rv = y - 1; lu = x - 1; lv = y; }
            default -> { ru = x; rv = y - 1; lu = x - 1; lv = y - 1; }
        }
        return in(piece, width, height, label, ru, rv) && !in(piece, width, height, label, lu, lv);
    }

    private static boolean in(int[] piece, int width, int height, int label, int u, int v) {
        return u >= 0 && v >= 0 && u < width && v < height && piece[v * width + u] == label;
    }

    private static int[] dropCollinear(List<int[]> corners) {
        List<int[]> kept = new ArrayList<>();
        int n = corners.size();
        for (int i = 0; i < n; i++) {
            int[] prev = corners.get((i + n - 1) % n);
            int[] cur = corners.get(i);
            int[] nxt = corners.get((i + 1) % n);
            long cross = (long) (cur[0] - prev[0]) * (nxt[1] - cur[1]) - (long) (cur[1] - prev[1]) * (nxt[0] - cur[0]);
            if (cross != 0) {
                kept.add(cur);
            }
        }
        int[] flat = new int[2 * kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            flat[2 * i] = kept.get(i)[0];
            flat[2 * i + 1] = kept.get(i)[1];
        }
        return flat;
    }

    /**
     * One polygon for all pieces, as YOLO wants one per object: the outlines joined by
     * zero-width bridges walked out and back (first corners to first corners), which add no area.
     */
    static int[] joined(List<int[]> outlines) {
        if (outlines.size() == 1) {
            return outlines.get(0);
        }
        List<Integer> xy = new ArrayList<>();
        for (int[] o : outlines) {
            for (int v : o) {
                xy.add(v);
            }
            xy.add(o[0]);  // close this outline at its first corner, then bridge on
            xy.add(o[1]);
        }
        for (int i = outlines.size() - 2; i >= 1; i--) {  // walk the bridges back to the first outline
            xy.add(outlines.get(i)[0]);
            xy.add(outlines.get(i)[1]);
        }
        return xy.stream().mapToInt(Integer::intValue).toArray();
    }
}
