package dev.facet.exporters.yolo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Outlines traced from masks rasterise back (pixel centres, even-odd) to the masks, holes aside. */
class MaskOutlineTest {

    static boolean[] rasterise(int[] xy, int w, int h) {
        boolean[] m = new boolean[w * h];
        int n = xy.length / 2;
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                double px = u + 0.5;
                double py = v + 0.5;
                boolean in = false;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    if ((xy[2 * i + 1] > py) != (xy[2 * j + 1] > py)
                            && px < (double) (xy[2 * j] - xy[2 * i]) * (py - xy[2 * i + 1]) / (xy[2 * j + 1] - xy[2 * i + 1]) + xy[2 * i]) {
                        in = !in;
                    }
                }
                m[v * w + u] = in;
            }
        }
        return m;
    }

    static boolean[] mask(int w, String... rows) {
        boolean[] m = new boolean[w * rows.length];
        for (int v = 0; v < rows.length; v++) {
            for (int u = 0; u < w; u++) {
                m[v * w + u] = rows[v].charAt(u) == '#';
            }
        }
        return m;
    }

    @Test
    void singlePixelIsASquare() {
        List<int[]> o = MaskOutline.trace(mask(3, "...", ".#.", "..."), 3, 3);
        assertEquals(1, o.size());
        assertArrayEquals(new int[] {1, 1, 2, 1, 2, 2, 1, 2}, o.get(0));
    }

    @Test
    void concaveShapesAndSeveralPiecesRoundTrip() {
        boolean[] m = mask(8,
                "........",
                ".####...",
                ".#..#.##",
                ".####.#.",
                "...#..#.",
                "#..#.##.",
                "##......");
        boolean[] filled = m.clone();
        filled[2 * 8 + 2] = true;  // the hole is filled
        filled[2 * 8 + 3] = true;
        assertArrayEquals(filled, rasterise(MaskOutline.joined(MaskOutline.trace(m, 8, 7)), 8, 7));
    }

    @Test
    void aPieceInsideARingIsKeptNotCutOut() {
        boolean[] m = mask(7,
                ".......",
                ".#####.",
                ".#...#.",
                ".#.#.#.",
                ".#...#.",
                ".#####.",
                ".......");
        boolean[] filled = mask(7,
                ".......",
                ".#####.",
                ".#####.",
                ".#####.",
                ".#####.",
                ".#####.",
                ".......");
        assertArrayEquals(filled, rasterise(MaskOutline.joined(MaskOutline.trace(m, 7, 7)), 7, 7));
    }

    @Test
    void randomMasksRoundTripToTheirFilledSelves() {
        Random r = new Random(11);
        for (int t = 0; t < 400; t++) {
            int w = 6 + r.nextInt(8);
            int h = 5 + r.nextInt(8);
            boolean[] m = new boolean[w * h];
            for (int i = 0; i < m.length; i++) {
                m[i] = r.nextInt(2) == 0;  // dense enough for rings with pieces inside their holes
            }
            assertArrayEquals(withoutHoles(m, w, h), rasterise(MaskOutline.joined(MaskOutline.trace(m, w, h)), w, h),
                    "case " + t);
        }
    }

    @Test
    void randomBlobsWithoutHolesRoundTrip() {
        Random r = new Random(5);
        int tested = 0;
        for (int t = 0; t < 400; t++) {
            int w = 6 + r.nextInt(6);
            int h = 5 + r.nextInt(6);
            boolean[] m = new boolean[w * h];
            for (int i = 0; i < m.length; i++) {
                m[i] = r.nextInt(3) == 0;
            }
            if (!java.util.Arrays.equals(m, withoutHoles(m, w, h))) {
                continue;  // holes are filled (and pieces inside them would cancel out): covered above
            }
            tested++;
            assertArrayEquals(m, rasterise(MaskOutline.joined(MaskOutline.trace(m, w, h)), w, h), "case " + t);
        }
        assertTrue(tested > 50, "hole-free random masks tested: " + tested);
    }

    /** Background pixels not 8-connected to the border (holes of 4-connected pieces) become foreground. */
    static boolean[] withoutHoles(boolean[] m, int w, int h) {
        boolean[] outside = new boolean[m.length];
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                if ((u == 0 || v == 0 || u == w - 1 || v == h - 1) && !m[v * w + u]) {
                    outside[v * w + u] = true;
                    q.add(v * w + u);
                }
            }
        }
        while (!q.isEmpty()) {
            int p = q.poll();
            int u = p % w;
            int v = p / w;
            int[][] nb = {{u - 1, v}, {u + 1, v}, {u, v - 1}, {u, v + 1}, {u - 1, v - 1}, {u + 1, v - 1},
                {u - 1, v + 1}, {u + 1, v + 1}};
            for (int[] n : nb) {
                if (n[0] >= 0 && n[1] >= 0 && n[0] < w && n[1] < h && !m[n[1] * w + n[0]] && !outside[n[1] * w + n[0]]) {
                    outside[n[1] * w + n[0]] = true;
                    q.add(n[1] * w + n[0]);
                }
            }
        }
        boolean[] e = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            e[i] = !outside[i];
        }
        return e;
    }
}
