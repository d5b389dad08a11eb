package dev.facet.inspect.dataset;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Decodes the dataset's pixel files: PNG (8-bit RGB, 8/16-bit gray) and float32 NPY. */
public final class Pixels {
    private Pixels() {
    }

    /** A decoded image: its size and, for gray images, samples row-major. */
    public record Gray(int width, int height, int[] samples) {
    }

    /** A float32 (H, W) array, row-major. */
    public record Floats(int width, int height, float[] values) {
    }

    public static BufferedImage image(Path file) throws IOException {
        return image(Files.readAllBytes(file), file.toString());
    }

    public static BufferedImage image(byte[] bytes, String name) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": does not decode as PNG (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(name + ": not an image");
        }
        return image;
    }

    /** The first channel of a gray PNG (instance, semantic, masks, 16-bit depth). */
    public static Gray gray(Path file) throws IOException {
        return gray(image(file));
    }

    public static Gray gray(BufferedImage image) {
        Raster r = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        return new Gray(w, h, r.getSamples(0, 0, w, h, 0, new int[w * h]));
    }

    public static Floats npy(Path file) throws IOException {
        return npy(Files.readAllBytes(file), file.toString());
    }

    /** A little-endian float32 C-order 2-D NPY array; a short or malformed file is an IOException. */
    public static Floats npy(byte[] b, String name) throws IOException {
        return npy(b, name, 1);
    }

    /**
     * A little-endian float32 C-order NPY array of shape (H, W, channels), or (H, W) when
     * {@code channels} is 1; values pixel-interleaved. A short or malformed file is an IOException.
     */
    public static Floats npy(Path file, int channels) throws IOException {
        return npy(Files.readAllBytes(file), file.toString(), channels);
    }

    private static Floats npy(byte[] b, String name, int channels) throws IOException {
        if (b.length < 10 || (b[0] & 0xFF) != 0x93 || b[1] != 'N' || b[2] != 'U' || b[6] != 1) {
            throw new IOException(name + ": not an NPY 1.x file");
        }
        int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        if (10 + headerLength > b.length) {
            throw new IOException(name + ": NPY header is cut short");
        }
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        int open = header.indexOf("'shape': (");
        if (!header.contains("'<f4'") || !header.contains("'fortran_order': False") || open < 0) {
            throw new IOException(name + ": expected little-endian float32 in C order, header " + header.trim());
        }
        String[] dims = header.substring(open + 10, header.indexOf(')', open)).split(",");
        int rank = channels == 1 ? 2 : 3;
        if (dims.length != rank || rank == 3 && !dims[2].trim().equals(Integer.toString(channels))) {
            throw new IOException(name + ": expected shape (H, W" + (rank == 2 ? "" : ", " + channels) + "), header "
                    + header.trim());
        }
        int h;
        int w;
        try {
            h = Integer.parseInt(dims[0].trim());
            w = Integer.parseInt(dims[1].trim());
        } catch (NumberFormatException e) {
            throw new IOException(name + ": NPY shape is not numbers, header " + header.trim());
        }
        long expected = 10L + headerLength + 4L * w * h * channels;
        if (b.length != expected) {
            throw new IOException(name + ": NPY data has " + (b.length - 10 - headerLength) + " bytes, shape ("
                    + h + ", " + w + (rank == 2 ? "" : ", " + channels) + ") needs " + 4L * w * h * channels);
        }
        float[] values = new float[Math.toIntExact((long) w * h * channels)];
        ByteBuffer.wrap(b, 10 + headerLength, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(values);
        return new Floats(w, h, values);
    }
}
