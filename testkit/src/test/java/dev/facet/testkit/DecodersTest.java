package dev.facet.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The decoders read well-formed files exactly and fail on broken ones. */
class DecodersTest {

    private static byte[] rgbPng() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0x102030);
        image.setRGB(2, 1, 0xFFFEFD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void pngSamplesAreReadRowMajorAndTruncationIsCaught() throws Exception {
        byte[] png = rgbPng();
        int[] samples = Png.rgb8(png, "made", 3, 2);
        assertArrayEquals(new int[] {0x10, 0x20, 0x30}, Arrays.copyOfRange(samples, 0, 3));
        assertArrayEquals(new int[] {0xFF, 0xFE, 0xFD}, Arrays.copyOfRange(samples, 15, 18));
        assertThrows(AssertionError.class, () -> Png.rgb8(Arrays.copyOf(png, png.length - 4), "cut", 3, 2));
        byte[] bad = png.clone();
        bad[bad.length - 13] ^= 1;  // inside the last chunk before IEND: its CRC no longer fits
        assertThrows(AssertionError.class, () -> Png.read(bad, "bad"));
        assertThrows(AssertionError.class, () -> Png.gray16(png, "rgb as gray", 3, 2));
        assertArrayEquals(new int[] {255, 1}, Png.unsigned(new byte[] {-1, 1}));
    }

    private static byte[] npy(String dict, int padTo, float... values) {
        String header = dict + " ".repeat(padTo - 10 - dict.length() - 1) + "\n";
        ByteBuffer b = ByteBuffer.allocate(padTo + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    @Test
    void npyValuesAreReadAndMalformedHeadersRefused() {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }";
        Npy npy = Npy.parse(npy(dict, 128, 1.0f, -2.5f));
        assertEquals(dict, npy.dict());
        assertEquals(128, npy.dataStart());
        assertArrayEquals(new float[] {1.0f, -2.5f}, npy.values());
        assertThrows(AssertionError.class, () -> Npy.parse(npy(dict, 96, 1.0f)), "data not 64-aligned");
        assertThrows(AssertionError.class, () -> Npy.parse(npy(dict.replace("<f4", ">f4"), 128, 1.0f)));
        byte[] ragged = npy(dict, 128, 1.0f);
        assertThrows(AssertionError.class, () -> Npy.parse(Arrays.copyOf(ragged, ragged.length - 1)));
    }
}
