package dev.facet.renderer.readback;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.UserMistake;
import org.junit.jupiter.api.Test;

/** The readback's size arithmetic is done in long: a frame too large for one buffer is refused by name, not wrapped round. */
class PixelReadbackSizeTest {
    @Test
    void bytesAreCountedWithoutOverflow() {
        assertEquals(16 + 8, PixelReadback.bytes(1, 1), "3 RGB bytes aligned to 16, then 4 + 4");
        assertEquals(11L * 16384 * 16384, PixelReadback.bytes(16384, 16384));
        assertTrue(PixelReadback.bytes(16384, 16384) > Integer.MAX_VALUE, "int arithmetic would wrap here");
    }

    @Test
    void aFrameTooLargeForOneBufferIsAUserMistakeNamingTheSize() {
        assertDoesNotThrow(() -> PixelReadback.checkSize(13960, 13960));
        PixelReadback.TooLarge e = assertThrows(PixelReadback.TooLarge.class, () -> PixelReadback.checkSize(14000, 14000));
        assertTrue(e instanceof UserMistake);
        assertTrue(e.getMessage().startsWith("a 14000x14000 frame needs 2156000000 bytes of readback"), e.getMessage());
    }
}
