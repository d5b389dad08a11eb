package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class GlbHeaderTest {
    private static byte[] glb(long declared, long chunkLength, int bodyBytes) {
        ByteBuffer b = ByteBuffer.allocate(20 + bodyBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46546c67).putInt(2).putInt((int) declared).putInt((int) chunkLength).putInt(0x4e4f534a);
        return b.array();
    }

    @Test
    void acceptsChunksThatFitTheFile() {
        assertDoesNotThrow(() -> GlbHeader.check(new ByteArrayInputStream(glb(20 + 8, 8, 8))));
    }

    @Test
    void refusesATinyFileClaimingATwoGigabyteChunk() {
        IOException past = assertThrows(IOException.class,
                () -> GlbHeader.check(new ByteArrayInputStream(glb(40, 0x80000000L, 20))));
        assertTrue(past.getMessage().contains("claims 2147483648 bytes"), past.getMessage());
        IOException ends = assertThrows(IOException.class,
                () -> GlbHeader.check(new ByteArrayInputStream(glb(0x80000000L + 20, 0x80000000L, 20))));
        assertTrue(ends.getMessage().startsWith("not a valid GLB file: the file ends"), ends.getMessage());
    }

    @Test
    void refusesOtherFiles() {
        assertThrows(IOException.class, () -> GlbHeader.check(new ByteArrayInputStream(new byte[] {1, 2, 3})));
        byte[] v1 = glb(28, 8, 8);
        v1[4] = 1;
        assertThrows(IOException.class, () -> GlbHeader.check(new ByteArrayInputStream(v1)));
    }
}
