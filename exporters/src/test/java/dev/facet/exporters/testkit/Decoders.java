package dev.facet.exporters.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Readers for checking written files that share no code with the writers: PNG through
 * javax.imageio, NPY through a parser written from the format description.
 */
public final class Decoders {
    private Decoders() {
    }

    /** A parsed {@code .npy} file: the header dict (without padding) and the float32 values. */
    public record Npy(String dict, float[] values) {
    }

    public static Npy parseNpy(byte[] file) {
        assertEquals(0x93, file[0] & 0xFF);
        assertEquals("NUMPY", new String(file, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, file[6], "major version");
        assertEquals(0, file[7], "minor version");
        int headerLength = (file[8] & 0xFF) | (file[9] & 0xFF) << 8;
        int dataStart = 10 + headerLength;
        assertEquals(0, dataStart % 64, "data must start on a 64-byte boundary");
        String header = new String(file, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.endsWith("\n"), "header ends in a newline");
        String dict = header.substring(0, header.length() - 1).stripTrailing();
        assertTrue(header.substring(dict.length(), header.length() - 1).chars().allMatch(c -> c == ' '),
                "header is padded with spaces");
        int n = (file.length - dataStart) / 4;
        assertEquals(file.length - dataStart, 4 * n, "data is whole float32 values");
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            int at = dataStart + 4 * i;
            int bits = (file[at] & 0xFF) | (file[at + 1] & 0xFF) << 8 | (file[at + 2] & 0xFF) << 16
                    | (file[at + 3] & 0xFF) << 24;
            values[i] = Float.intBitsToFloat(bits);
        }
        return new Npy(dict, values);
    }

    public static Npy readNpy(Path file) throws IOException {
        return parseNpy(Files.readAllBytes(file));
    }

    /** A 16-bit grayscale PNG's samples, row-major. */
    public static int[] readGray16(Path file, int width, int height) throws IOException {
        BufferedImage image = read(file, width, height);
        assertEquals(BufferedImage.TYPE_USHORT_GRAY, image.getType(), file + " is 16-bit gray");
        return image.getRaster().getSamples(0, 0, width, height, 0, new int[width * height]);
    }

    /** An 8-bit RGB PNG's bytes, 3 per pixel, row-major. */
    public static byte[] readRgb8(Path file, int width, int height) throws IOException {
        Raster raster = read(file, width, height).getRaster();
        assertEquals(3, raster.getNumBands(), file + " has 3 channels");
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[3 * (y * width + x) + c] = (byte) raster.getSample(x, y, c);
                }
            }
        }
        return rgb;
    }

    private static BufferedImage read(Path file, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new AssertionError("ImageIO cannot read " + file);
        }
        assertEquals(width, image.getWidth(), file + " width");
        assertEquals(height, image.getHeight(), file + " height");
        return image;
    }
}
