package dev.facet.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RleTest {
    @Test
    void decodesPycocotoolsStrings() {
        // counts below three are plain 5-bit groups: '1'=1, '5'=5, '1'=1; the fourth is stored as 2 - 5 = -3:
        // -3 & 0x1f = 29 with the sign bit 0x10 set, no continuation: chr(48 + 29) = 'M'
        assertArrayEquals(new int[] {1, 5, 1, 2}, Rle.fromString("151M", 3, 3).counts());
        // 40 = 0b01000_01000: low group 8 with the continuation bit (8 | 0x20 = 40, 'X'), then 1 ('1')
        assertArrayEquals(new int[] {0, 40, 0}, Rle.fromString("0X10", 5, 8).counts());
    }

    @Test
    void rejectsMalformedRuns() {
        assertThrows(IllegalArgumentException.class, () -> Rle.fromString("15", 3, 3));   // covers 6 of 9
        assertThrows(IllegalArgumentException.class, () -> Rle.fromString("1X", 3, 3));   // ends inside a count
        assertThrows(IllegalArgumentException.class, () -> Rle.fromString("1~", 3, 3));   // not an RLE character
        assertThrows(IllegalArgumentException.class, () -> Rle.fromCounts(new int[] {10, -1}, 3, 3));
    }

    @Test
    void maskIouAreaAndBoxAsMaskApi() {
        // 4 wide, 3 high, row-major labels
        int[] labels = {
            1, 1, 0, 0,
            1, 1, 2, 2,
            0, 0, 2, 2};
        Rle one = Rle.ofLabel(labels, 4, 3, 1);
        Rle two = Rle.ofLabel(labels, 4, 3, 2);
        assertArrayEquals(new int[] {0, 2, 1, 2, 7}, one.counts());  // column-major
        assertEquals(4, one.area());
        assertArrayEquals(new double[] {0, 0, 2, 2}, one.bbox(), 0);
        assertArrayEquals(new double[] {2, 1, 2, 2}, two.bbox(), 0);
        assertEquals(0, Rle.iou(one, two, false), 0);
        int[] shifted = {
            0, 1, 1, 0,
            0, 1, 1, 0,
            0, 0, 0, 0};
        Rle d = Rle.ofLabel(shifted, 4, 3, 1);
        assertEquals(2.0 / 6, Rle.iou(d, one, false), 1e-15);  // 2 shared of 6
        assertEquals(2.0 / 4, Rle.iou(d, one, true), 1e-15);   // crowd: over the detection's 4
    }
}
