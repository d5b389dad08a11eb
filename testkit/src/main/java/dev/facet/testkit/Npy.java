package dev.facet.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A NumPy {@code .npy} file of float32 values, parsed from the format description (version
 * 1.0, little-endian) with no code shared with Facet's writer; parsing fails the test when
 * the file breaks the format.
 *
 * @param header the header text as stored: the dict, space padding and the closing newline
 * @param dataStart where the values begin, a multiple of 64
 */
public record Npy(String header, int dataStart, float[] values) {

    /** The header's dict, without its padding and newline. */
    public String dict() {
        return header.substring(0, header.length() - 1).stripTrailing();
    }

    public static Npy read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** The float32 values of a file of shape (height, width), checking shape and exact size. */
    public static float[] float32(Path file, int width, int height) throws IOException {
        Npy npy = read(file);
        String shape = npy.header().replace(" ", "");
        assertTrue(shape.contains("'shape':(" + height + "," + width + ")"), file + " shape: " + npy.header());
        assertEquals((long) width * height, npy.values().length, file + " holds W*H float32 values");
        return npy.values();
    }

    /** The float32 values of a file of shape (height, width, channels), checking shape and exact size. */
    public static float[] float32(Path file, int width, int height, int channels) throws IOException {
        Npy npy = read(file);
        String shape = npy.header().replace(" ", "");
        assertTrue(shape.contains("'shape':(" + height + "," + width + "," + channels + ")"), file + " shape: "
                + npy.header());
        assertEquals((long) width * height * channels, npy.values().length, file + " holds W*H*C float32 values");
        return npy.values();
    }

    public static Npy parse(byte[] file) {
        assertTrue(file.length >= 10, "npy shorter than its preamble");
        assertEquals(0x93, file[0] & 0xFF, "npy magic");
        assertEquals("NUMPY", new String(file, 1, 5, StandardCharsets.US_ASCII), "npy magic");
        assertEquals(1, file[6], "npy major version");
        assertEquals(0, file[7], "npy minor version");
        int headerLength = (file[8] & 0xFF) | (file[9] & 0xFF) << 8;
        int dataStart = 10 + headerLength;
        assertTrue(file.length >= dataStart, "npy shorter than its header");
        assertEquals(0, dataStart % 64, "npy data starts on a 64-byte boundary");
        String header = new String(file, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.endsWith("\n"), "npy header ends in a newline");
        String dict = header.substring(0, header.length() - 1).stripTrailing();
        assertTrue(header.substring(dict.length(), header.length() - 1).chars().allMatch(c -> c == ' '),
                "npy header is padded with spaces");
        assertTrue(dict.contains("'descr': '<f4'"), "npy is little-endian float32: " + dict);
        int n = (file.length - dataStart) / 4;
        assertEquals(file.length - dataStart, 4 * n, "npy data is whole float32 values");
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            int at = dataStart + 4 * i;
            int bits = (file[at] & 0xFF) | (file[at + 1] & 0xFF) << 8 | (file[at + 2] & 0xFF) << 16
                    | (file[at + 3] & 0xFF) << 24;
            values[i] = Float.intBitsToFloat(bits);
        }
        return new Npy(header, dataStart, values);
    }
}
