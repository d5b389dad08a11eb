package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Test-side readers for a written dataset that share no code with the writers: PNG through
 * javax.imageio, NPY through a parser written from the format description, JSON through
 * Jackson's tree model.
 */
final class DatasetFiles {
    static final List<String> FOLDERS = List.of("rgb", "instance", "semantic", "depth", "meta");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DatasetFiles() {
    }

    /** Six-digit zero-padded frame stem. */
    static String stem(long frame) {
        return String.format("%06d", frame);
    }

    /** The path of one frame's file in a core folder: .png, .npy or .json by folder. */
    static Path file(Path out, String folder, long frame) {
        String ext = switch (folder) {
            case "depth" -> ".npy";
            case "meta" -> ".json";
            default -> ".png";
        };
        return out.resolve(folder).resolve(stem(frame) + ext);
    }

    /** Regular files directly in {@code out/folder}, by name; empty when the folder is missing. */
    static List<Path> list(Path out, String folder) throws IOException {
        Path dir = out.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.contains(".tmp-");
    }

    /** A JSON object; fails on empty, truncated or non-object content. */
    static JsonNode readJson(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new AssertionError(file + " does not hold a JSON object (" + Files.size(file) + " bytes)");
        }
        return node;
    }

    /**
     * An image read through ImageIO; fails the test when ImageIO cannot decode it. A PNG's
     * chunk structure is checked first (lengths, CRCs, IEND last at the very end), since
     * ImageIO accepts a PNG whose tail (IEND, the last CRC) has been cut off.
     */
    static BufferedImage readImage(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".png")) {
            checkPngChunks(file);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new AssertionError("ImageIO cannot read " + file);
        }
        // touch the last sample so a truncated stream cannot hide behind lazy decoding
        image.getRaster().getSample(image.getWidth() - 1, image.getHeight() - 1, 0);
        return image;
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Walks a PNG's chunks: signature, each chunk whole with a correct CRC, IEND last and at the end. */
    static void checkPngChunks(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 8 || !Arrays.equals(Arrays.copyOf(b, 8), PNG_SIGNATURE)) {
            throw new AssertionError(file + " lacks the PNG signature");
        }
        int at = 8;
        while (true) {
            if (at + 12 > b.length) {
                throw new AssertionError(file + " is truncated: chunk header at byte " + at + " of " + b.length);
            }
            long length = ((b[at] & 0xFFL) << 24) | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
            String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
            if (at + 12 + length > b.length) {
                throw new AssertionError(file + " is truncated inside chunk " + type + " at byte " + at);
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + (int) length);
            int end = at + 8 + (int) length;
            long stored = ((b[end] & 0xFFL) << 24) | (b[end + 1] & 0xFF) << 16 | (b[end + 2] & 0xFF) << 8 | (b[end + 3] & 0xFF);
            if (crc.getValue() != stored) {
                throw new AssertionError(file + ": bad CRC in chunk " + type + " at byte " + at);
            }
            at = end + 4;
            if (type.equals("IEND")) {
                if (at != b.length) {
                    throw new AssertionError(file + ": " + (b.length - at) + " bytes after IEND");
                }
                return;
            }
        }
    }

    static BufferedImage readImage(Path file, int width, int height) throws IOException {
        BufferedImage image = readImage(file);
        assertEquals(width, image.getWidth(), file + " width");
        assertEquals(height, image.getHeight(), file + " height");
        return image;
    }

    /** A 16-bit grayscale PNG's samples, row-major. */
    static int[] readGray16(Path file, int width, int height) throws IOException {
        BufferedImage image = readImage(file, width, height);
        Raster r = image.getRaster();
        assertEquals(1, r.getNumBands(), file + " has one channel");
        assertEquals(16, image.getColorModel().getComponentSize(0), file + " is 16-bit");
        int[] v = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                v[y * width + x] = r.getSample(x, y, 0);
            }
        }
        return v;
    }

    /** An 8-bit grayscale PNG's samples, row-major. */
    static int[] readGray8(Path file, int width, int height) throws IOException {
        BufferedImage image = readImage(file, width, height);
        Raster r = image.getRaster();
        assertEquals(1, r.getNumBands(), file + " has one channel");
        assertEquals(8, image.getColorModel().getComponentSize(0), file + " is 8-bit");
        return r.getSamples(0, 0, width, height, 0, new int[width * height]);
    }

    /** An 8-bit RGB PNG's samples, 3 per pixel, row-major. */
    static int[] readRgb8(Path file, int width, int height) throws IOException {
        BufferedImage image = readImage(file, width, height);
        Raster r = image.getRaster();
        assertEquals(3, r.getNumBands(), file + " has 3 channels");
        assertEquals(8, image.getColorModel().getComponentSize(0), file + " is 8-bit");
        int[] v = new int[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    v[3 * (y * width + x) + c] = r.getSample(x, y, c);
                }
            }
        }
        return v;
    }

    /** A parsed {@code .npy} file. */
    record Npy(String header, int dataStart, float[] values) {
    }

    /** Parses a version-1 little-endian float32 NPY file; fails when the header is malformed. */
    static Npy parseNpy(byte[] file) {
        assertTrue(file.length >= 10, "npy shorter than its preamble");
        assertEquals(0x93, file[0] & 0xFF, "npy magic");
        assertEquals("NUMPY", new String(file, 1, 5, StandardCharsets.US_ASCII), "npy magic");
        assertEquals(1, file[6], "npy major version");
        int headerLength = (file[8] & 0xFF) | (file[9] & 0xFF) << 8;
        int dataStart = 10 + headerLength;
        assertTrue(file.length >= dataStart, "npy shorter than its header");
        String header = new String(file, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'<f4'"), "npy is little-endian float32: " + header);
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

    /** Reads a float32 depth map of shape (height, width), checking shape and exact size. */
    static float[] readDepth(Path file, int width, int height) throws IOException {
        Npy npy = parseNpy(Files.readAllBytes(file));
        String shape = npy.header().replace(" ", "");
        assertTrue(shape.contains("'shape':(" + height + "," + width + ")"), file + " shape: " + npy.header());
        assertEquals((long) width * height, npy.values().length, file + " holds W*H float32 values");
        return npy.values();
    }

    /** Throws with the first differing index and values when the arrays differ. */
    static void assertSamplesEqual(int[] expected, int[] actual, int channels, int width, String what) {
        assertEquals(expected.length, actual.length, what + " sample count");
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                int px = i / channels;
                long differing = 0;
                for (int j = 0; j < expected.length; j++) {
                    differing += expected[j] != actual[j] ? 1 : 0;
                }
                throw new AssertionError(what + ": first difference at pixel (u=" + px % width + ", v=" + px / width
                        + ") channel " + i % channels + ": " + expected[i] + " vs " + actual[i] + "; "
                        + differing + " samples differ");
            }
        }
    }

    static void assertSamplesEqual(float[] expected, float[] actual, int width, String what) {
        assertEquals(expected.length, actual.length, what + " sample count");
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                throw new AssertionError(what + ": first difference at pixel (u=" + i % width + ", v=" + i / width
                        + "): " + expected[i] + " vs " + actual[i]);
            }
        }
    }
}
