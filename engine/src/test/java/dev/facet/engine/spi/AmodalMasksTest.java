package dev.facet.engine.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Masks cut to their box, counted, copied between frame buffers and moved by a per-pixel remap. */
class AmodalMasksTest {
    static final int W = 5;
    static final int H = 4;

    /** Pixels (1..2, 1..2) of a 5x4 image, plus 7 pixels beyond its right edge. */
    static AmodalMasks.Mask square() {
        boolean[] full = new boolean[W * H];
        for (int v = 1; v <= 2; v++) {
            for (int u = 1; u <= 2; u++) {
                full[v * W + u] = true;
            }
        }
        return AmodalMasks.fromImage(7, full, W, H, 7, new int[] {5, 0, 8, 3});
    }

    @Test
    void aMaskIsCutToItsBoxAndCountsTheCanvas() {
        AmodalMasks.Mask m = square();
        assertArrayEquals(new int[] {1, 1, 2, 2}, m.bbox());
        assertEquals(4, m.pixelCount());
        assertEquals(11, m.pixelCountAll());
        assertArrayEquals(new int[] {1, 0, 8, 3}, m.canvasBox(), "image part joined with the part outside");
        assertTrue(m.covers(2, 2));
        assertFalse(m.covers(3, 2));
        assertFalse(m.covers(-1, 0));
    }

    @Test
    void framesCopyTheMasksTheirBuffersAskFor() {
        RenderedFrame a = RenderedFrame.allocate(W, H, Set.of(Modality.AMODAL));
        a.layers().amodal().add(square());
        RenderedFrame b = RenderedFrame.allocate(W, H, Set.of(Modality.AMODAL));
        a.copyTo(b);
        assertEquals(11, b.layers().amodal().of(7).pixelCountAll());
        assertNull(b.layers().amodal().of(8));
        RenderedFrame plain = RenderedFrame.allocate(W, H);
        a.copyTo(plain);  // buffers asking for fewer layers take what they ask for
        assertFalse(plain.layers().has(Modality.AMODAL));
        assertThrows(IllegalArgumentException.class, () -> plain.copyTo(b), "masks cannot come from a frame without");
        assertThrows(IllegalStateException.class, () -> plain.layers().amodal());
    }

    @Test
    void aRemapMovesTheImagePartAndKeepsTheOutside() {
        AmodalMasks masks = new AmodalMasks();
        masks.add(square());
        masks.remap(W, H, p -> p % W == 0 ? -1 : p - 1);  // everything one pixel right
        AmodalMasks.Mask m = masks.of(7);
        assertArrayEquals(new int[] {2, 1, 2, 2}, m.bbox());
        assertEquals(4, m.pixelCount());
        assertEquals(11, m.pixelCountAll());
    }
}
