package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.testkit.Npy;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reads the files back with a parser written from the NPY format description, byte by byte. */
class NpyWriterTest {

    @ParameterizedTest
    @CsvSource({"1,1", "1,7", "5,1", "3,4", "480,640", "1080,1920", "17,100003"})
    void roundTripsThroughIndependentParser(int height, int width) {
        float[] data = new float[height * width];
        Random random = new Random(height * 7L + width);
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt(4) == 0 ? 0f : random.nextFloat() * 200f;
        }
        data[0] = 0f;
        data[data.length - 1] = data.length > 1 ? Float.MAX_VALUE : 0f;
        Npy npy = Npy.parse(NpyWriter.encodeFloat32(height, width, data));
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (" + height + ", " + width + "), }",
                npy.dict());
        assertArrayEquals(data, npy.values());
        for (float v : npy.values()) {
            assertTrue(!Float.isNaN(v));
        }
    }

    @Test
    void knownBytes() {
        byte[] file = NpyWriter.encodeFloat32(1, 2, new float[] {1.0f, -2.5f});
        // 10 bytes of preamble + 59 of dict + newline = 70, padded to 128
        assertEquals(128 + 8, file.length);
        assertEquals(128 - 10, (file[8] & 0xFF) | (file[9] & 0xFF) << 8);
        // 1.0f = 0x3F800000 and -2.5f = 0xC0200000, least significant byte first
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3F, 0, 0, 0x20, (byte) 0xC0},
                Arrays.copyOfRange(file, 128, 136));
    }

    @Test
    void rejectsWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.encodeFloat32(2, 3, new float[5]));
    }
}
