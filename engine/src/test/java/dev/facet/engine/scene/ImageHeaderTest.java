package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {
    private static ImageHeader read(byte[] bytes, boolean radiance) throws IOException {
        return ImageHeader.read(new ByteArrayInputStream(bytes), radiance);
    }

    private static byte[] encoded(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void readsPngAndJpegSizes() throws IOException {
        assertEquals(new ImageHeader("PNG", 37, 11), read(encoded("png", 37, 11), false));
        assertEquals(new ImageHeader("JPEG", 20, 30), read(encoded("jpg", 20, 30), false));
    }

    @Test
    void refusesAPngClaimingAHugeImageFromItsHeader() throws IOException {
        byte[] png = encoded("png", 4, 4);
        ByteBuffer.wrap(png).putInt(16, 20000).putInt(20, 20000);  // IHDR width, height (CRC left stale)
        IOException e = assertThrows(IOException.class, () -> read(png, false));
        assertEquals("the image is 20000x20000; images may be at most 16384 pixels on a side", e.getMessage());
    }

    @Test
    void refusesTruncatedAndForeignFiles() throws IOException {
        byte[] png = encoded("png", 8, 8);
        assertThrows(IOException.class, () -> read(Arrays.copyOf(png, png.length - 10), false));
        IOException text = assertThrows(IOException.class,
                () -> read("not an image".getBytes(StandardCharsets.US_ASCII), false));
        assertEquals("not an image this Facet reads (PNG, JPEG, .hdr)", text.getMessage());
        assertThrows(IOException.class, () -> read(new byte[0], false));
        byte[] jpeg = encoded("jpg", 8, 8);
        assertThrows(IOException.class, () -> read(Arrays.copyOf(jpeg, 6), false));
    }

    @Test
    void readsFlatAndRunLengthRadianceFiles() throws IOException {
        assertEquals(new ImageHeader("Radiance", 3, 2), read(hdr("-Y 2 +X 3", new byte[4 * 3 * 2]), true));
        // one run-length scanline of width 8: per channel one run of 8
        byte[] line = {2, 2, 0, 8, (byte) 136, 1, (byte) 136, 2, (byte) 136, 3, (byte) 136, (byte) 128};
        assertEquals(new ImageHeader("Radiance", 8, 1), read(hdr("-Y 1 +X 8", line), true));
    }

    @Test
    void refusesRadianceFilesWithoutTheirPixelsOrWithAbsurdSizes() {
        IOException none = assertThrows(IOException.class, () -> read(hdr("-Y 64 +X 128", new byte[0]), true));
        assertEquals("the .hdr file ends in scanline 0 of 64: its pixels are missing", none.getMessage());
        assertThrows(IOException.class, () -> read(hdr("-Y 2 +X 3", new byte[4 * 3]), true));
        IOException huge = assertThrows(IOException.class, () -> read(hdr("-Y 100000000 +X 100000000", new byte[0]), true));
        assertTrue(huge.getMessage().startsWith("the image is 100000000x100000000"), huge.getMessage());
        assertThrows(IOException.class, () -> read("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n".getBytes(StandardCharsets.US_ASCII), true));
        byte[] badRun = {2, 2, 0, 8, 0, 1};
        assertThrows(IOException.class, () -> read(hdr("-Y 1 +X 8", badRun), true));
    }

    private static byte[] hdr(String resolution, byte[] pixels) {
        byte[] head = ("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n" + resolution + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + pixels.length);
        System.arraycopy(pixels, 0, all, head.length, pixels.length);
        return all;
    }
}
