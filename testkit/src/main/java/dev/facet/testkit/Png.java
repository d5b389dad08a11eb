package dev.facet.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Reads PNG files for checking what Facet wrote, sharing no code with its encoder: the chunk
 * structure is walked here (lengths, CRCs, IEND last at the very end, since ImageIO accepts a
 * PNG whose tail was cut off), the pixels are decoded by javax.imageio. Samples come back
 * row-major, as ints.
 */
public final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {
    }

    /** A PNG file decoded; fails the test when its chunks are broken or ImageIO cannot decode it. */
    public static BufferedImage read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** PNG bytes decoded; {@code what} names them in failures. */
    public static BufferedImage read(byte[] png, String what) throws IOException {
        checkChunks(png, what);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new AssertionError("ImageIO cannot read " + what);
        }
        // touch the last sample so a truncated stream cannot hide behind lazy decoding
        image.getRaster().getSample(image.getWidth() - 1, image.getHeight() - 1, 0);
        return image;
    }

    /** A 16-bit grayscale PNG's samples. */
    public static int[] gray16(Path file, int width, int height) throws IOException {
        return samples(read(file), file.toString(), width, height, 1, 16);
    }

    /** A 16-bit grayscale PNG's samples, from its bytes. */
    public static int[] gray16(byte[] png, String what, int width, int height) throws IOException {
        return samples(read(png, what), what, width, height, 1, 16);
    }

    /** An 8-bit grayscale PNG's samples. */
    public static int[] gray8(Path file, int width, int height) throws IOException {
        return samples(read(file), file.toString(), width, height, 1, 8);
    }

    /** An 8-bit RGB PNG's samples, 3 per pixel (r, g, b). */
    public static int[] rgb8(Path file, int width, int height) throws IOException {
        return samples(read(file), file.toString(), width, height, 3, 8);
    }

    /** An 8-bit RGB PNG's samples, 3 per pixel, from its bytes. */
    public static int[] rgb8(byte[] png, String what, int width, int height) throws IOException {
        return samples(read(png, what), what, width, height, 3, 8);
    }

    /** Bytes as the unsigned samples they stand for, to compare with what the readers return. */
    public static int[] unsigned(byte[] bytes) {
        int[] samples = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            samples[i] = bytes[i] & 0xFF;
        }
        return samples;
    }

    private static int[] samples(BufferedImage image, String what, int width, int height, int bands, int bits) {
        assertEquals(width, image.getWidth(), what + " width");
        assertEquals(height, image.getHeight(), what + " height");
        Raster r = image.getRaster();
        assertEquals(bands, r.getNumBands(), what + " channels");
        assertEquals(bits, image.getColorModel().getComponentSize(0), what + " bits per sample");
        int[] v = new int[bands * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < bands; c++) {
                    v[bands * (y * width + x) + c] = r.getSample(x, y, c);
                }
            }
        }
        return v;
    }

    /** Walks a PNG's chunks: signature, each chunk whole with a correct CRC, IEND last and at the end. */
    public static void checkChunks(byte[] b, String what) {
        if (b.length < 8 || !Arrays.equals(Arrays.copyOf(b, 8), SIGNATURE)) {
            throw new AssertionError(what + " lacks the PNG signature");
        }
        int at = 8;
        while (true) {
            if (at + 12 > b.length) {
                throw new AssertionError(what + " is truncated: chunk header at byte " + at + " of " + b.length);
            }
            long length = uint32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
            if (at + 12 + length > b.length) {
                throw new AssertionError(what + " is truncated inside chunk " + type + " at byte " + at);
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + (int) length);
            int end = at + 8 + (int) length;
            if (crc.getValue() != uint32(b, end)) {
                throw new AssertionError(what + ": bad CRC in chunk " + type + " at byte " + at);
            }
            at = end + 4;
            if (type.equals("IEND")) {
                if (at != b.length) {
                    throw new AssertionError(what + ": " + (b.length - at) + " bytes after IEND");
                }
                return;
            }
        }
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
