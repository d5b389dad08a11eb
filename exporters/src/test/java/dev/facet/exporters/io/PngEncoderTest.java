package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.testkit.Png;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encoded images are read back with the test kit's independent decoder (javax.imageio), not with anything of ours. */
class PngEncoderTest {

    @ParameterizedTest
    @CsvSource({"1,1,1", "2,1,1", "1,3,1", "7,5,1", "33,17,0", "33,17,9", "640,480,1", "1001,73,6"})
    void rgbReadsBackExactly(int width, int height, int level) throws IOException {
        byte[] rgb = new byte[3 * width * height];
        new Random(width * 31L + height).nextBytes(rgb);
        byte[] png = new PngEncoder(level).encodeRgb8(width, height, rgb);
        assertArrayEquals(Png.unsigned(rgb), Png.rgb8(png, "rgb", width, height));
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "1,2,1", "3,1,1", "7,5,1", "33,17,0", "33,17,9", "641,479,1", "1001,73,6"})
    void gray16ReadsBackExactly(int width, int height, int level) throws IOException {
        int[] values = new int[width * height];
        Random random = new Random(width * 131L + height);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(65536);
        }
        values[0] = 65535;
        values[values.length - 1] = values.length > 1 ? 0 : 65535;
        assertGrayReadsBack(new PngEncoder(level), width, height, values);
    }

    @Test
    void gray16ExtremesAndIdMaps() throws IOException {
        PngEncoder encoder = new PngEncoder();
        assertGrayReadsBack(encoder, 1, 1, new int[] {0});
        assertGrayReadsBack(encoder, 1, 1, new int[] {65535});
        assertGrayReadsBack(encoder, 3, 2, new int[] {0, 65535, 256, 255, 1, 65280});
        assertGrayReadsBack(encoder, 97, 61, idMap(97, 61));
    }

    @Test
    void oneEncoderServesImagesOfChangingSizes() throws IOException {
        PngEncoder encoder = new PngEncoder();
        int[][] sizes = {{200, 30}, {3, 3}, {200, 30}, {1, 1}, {57, 9}};
        for (int[] s : sizes) {
            int[] values = new int[s[0] * s[1]];
            for (int i = 0; i < values.length; i++) {
                values[i] = (i * 7919) & 0xFFFF;
            }
            assertGrayReadsBack(encoder, s[0], s[1], values);
        }
    }

    @Test
    void idMapsCompressWell() {
        int w = 640;
        int h = 480;
        byte[] png = new PngEncoder().encodeGray16(w, h, idMap(w, h));
        assertTrue(png.length < w * h * 2 / 100, "id map of " + w + "x" + h + " took " + png.length + " bytes");
    }

    @Test
    void writesToStreamSameBytesAsEncode(@TempDir Path dir) throws IOException {
        byte[] rgb = new byte[3 * 20 * 10];
        new Random(1).nextBytes(rgb);
        PngEncoder encoder = new PngEncoder();
        Path file = dir.resolve("a.png");
        try (var out = Files.newOutputStream(file)) {
            encoder.writeRgb8(out, 20, 10, rgb);
        }
        assertEquals(java.util.HexFormat.of().formatHex(encoder.encodeRgb8(20, 10, rgb)),
                java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
        assertArrayEquals(Png.unsigned(rgb), Png.rgb8(file, 20, 10));
    }

    @Test
    void rejectsBadInput() throws IOException {
        PngEncoder encoder = new PngEncoder();
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeGray16(1, 1, new int[] {65536}));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeGray16(1, 1, new int[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeGray16(2, 2, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeRgb8(2, 2, new byte[4 * 4]));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodeRgb8(0, 1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new PngEncoder(10));
        // a rejected image leaves the encoder usable
        assertArrayEquals(new int[] {7}, Png.gray16(encoder.encodeGray16(1, 1, new int[] {7}), "gray16", 1, 1));
    }

    private static int[] idMap(int w, int h) {
        int[] ids = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int id = 0;
                if (x > w / 4 && x < w / 2 && y > h / 5 && y < h / 2) {
                    id = 3;
                } else if ((x - 2 * w / 3) * (x - 2 * w / 3) + (y - h / 2) * (y - h / 2) < (h / 4) * (h / 4)) {
                    id = 40000;
                } else if (y > 3 * h / 4) {
                    id = 1;
                }
                ids[y * w + x] = id;
            }
        }
        return ids;
    }

    private static void assertGrayReadsBack(PngEncoder encoder, int width, int height, int[] values)
            throws IOException {
        assertArrayEquals(values, Png.gray16(encoder.encodeGray16(width, height, values), "gray16", width, height));
    }
}
