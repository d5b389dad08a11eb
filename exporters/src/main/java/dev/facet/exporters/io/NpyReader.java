package dev.facet.exporters.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the float32 (H, W) and (H, W, C) arrays that {@link NpyWriter} writes, for tools such as previews. */
public final class NpyReader {
    private NpyReader() {
    }

    /** A float32 C-order array of height x width pixels: its shape and values, row-major, channels interleaved. */
    public record Float32(int height, int width, float[] values) {
    }

    /** Reads a (height, width) {@code file}; an IOException names the file and what is wrong with it. */
    public static Float32 readFloat32(Path file) throws IOException {
        return readFloat32(file, 1);
    }

    /**
     * Reads a file of shape (height, width, channels), or (height, width) when {@code channels} is 1;
     * an IOException names the file and what is wrong with it.
     */
    public static Float32 readFloat32(Path file, int channels) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 10 || (b[0] & 0xFF) != 0x93 || b[1] != 'N' || b[6] != 1) {
            throw new IOException(file + ": not an NPY 1.x file");
        }
        int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        if (10 + headerLength > b.length) {
            throw new IOException(file + ": truncated NPY header");
        }
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'<f4'") || !header.contains("'fortran_order': False")) {
            throw new IOException(file + ": expected little-endian float32 in C order, header " + header.trim());
        }
        int open = header.indexOf("'shape': (");
        int close = open < 0 ? -1 : header.indexOf(')', open);
        String[] dims = close < 0 ? new String[0] : header.substring(open + 10, close).split(",");
        int rank = channels == 1 ? 2 : 3;
        long h = dims.length == rank ? dimension(dims[0]) : -1;
        long w = dims.length == rank ? dimension(dims[1]) : -1;
        boolean channelsMatch = rank == 2 || dims.length == 3 && dimension(dims[2]) == channels;
        if (h < 0 || w < 0 || !channelsMatch || h * w * channels > (b.length - 10L - headerLength) / 4) {
            throw new IOException(file + ": expected a (height, width" + (rank == 2 ? "" : ", " + channels)
                    + ") array as long as the file, header " + header.trim() + ", " + b.length + " bytes");
        }
        float[] values = new float[(int) (h * w * channels)];
        ByteBuffer.wrap(b, 10 + headerLength, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(values);
        return new Float32((int) h, (int) w, values);
    }

    /** A dimension of the shape, or -1 when it is not a number of at most 2^31 - 1. */
    private static long dimension(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
