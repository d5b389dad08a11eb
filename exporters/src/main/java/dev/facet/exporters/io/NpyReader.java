package dev.facet.exporters.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the float32 (H, W) arrays that {@link NpyWriter} writes, for tools such as previews. */
public final class NpyReader {
    private NpyReader() {
    }

    /** A float32 C-order 2-D array: its shape and values, row-major. */
    public record Float32(int height, int width, float[] values) {
    }

    public static Float32 readFloat32(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 10 || (b[0] & 0xFF) != 0x93 || b[1] != 'N' || b[6] != 1) {
            throw new IOException(file + ": not an NPY 1.x file");
        }
        int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'<f4'") || !header.contains("'fortran_order': False")) {
            throw new IOException(file + ": expected little-endian float32 in C order, header " + header.trim());
        }
        int open = header.indexOf("'shape': (");
        String[] dims = header.substring(open + 10, header.indexOf(')', open)).split(",");
        int h = Integer.parseInt(dims[0].trim());
        int w = Integer.parseInt(dims[1].trim());
        float[] values = new float[h * w];
        ByteBuffer.wrap(b, 10 + headerLength, 4 * values.length).order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(values);
        return new Float32(h, w, values);
    }
}
