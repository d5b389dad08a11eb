package dev.facet.exporters.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a float32 array of shape (height, width) or (height, width, channels), row-major
 * (C order), as a NumPy {@code .npy} file, format version 1.0, little-endian. Stateless and
 * thread-safe.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int ALIGNMENT = 64;
    private static final int CHUNK_FLOATS = 16 * 1024;

    private NpyWriter() {
    }

    public static void writeFloat32(OutputStream out, int height, int width, float[] data) throws IOException {
        write(out, new int[] {height, width}, data);
    }

    /** Writes an array of shape (height, width, channels): {@code channels} values per pixel, pixel-interleaved. */
    public static void writeFloat32(OutputStream out, int height, int width, int channels, float[] data)
            throws IOException {
        write(out, new int[] {height, width, channels}, data);
    }

    private static void write(OutputStream out, int[] shape, float[] data) throws IOException {
        long count = 1;
        for (int d : shape) {
            count = d < 0 ? -1 : count * d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("data has " + data.length + " values, expected shape " + tuple(shape));
        }
        out.write(header(shape));
        ByteBuffer bytes = ByteBuffer.allocate(4 * Math.min(CHUNK_FLOATS, Math.max(1, data.length)))
                .order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = bytes.asFloatBuffer();
        for (int at = 0; at < data.length; at += floats.capacity()) {
            int n = Math.min(floats.capacity(), data.length - at);
            floats.clear();
            floats.put(data, at, n);
            out.write(bytes.array(), 0, 4 * n);
        }
        out.flush();
    }

    public static byte[] encodeFloat32(int height, int width, float[] data) {
        return encode(new int[] {height, width}, data);
    }

    public static byte[] encodeFloat32(int height, int width, int channels, float[] data) {
        return encode(new int[] {height, width, channels}, data);
    }

    private static byte[] encode(int[] shape, float[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 * data.length + ALIGNMENT * 2);
        try {
            write(out, shape, data);
        } catch (IOException e) {
            throw new AssertionError("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    /** A shape as Python writes a tuple, e.g. {@code (480, 640)} or {@code (480, 640, 3)}. */
    private static String tuple(int[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Magic, version, header length and the space-padded header dict ending in a newline. */
    static byte[] header(int... shape) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + tuple(shape) + ", }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String text = dict + " ".repeat(padding) + "\n";
        byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[MAGIC.length + 2 + textBytes.length];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = (byte) textBytes.length;          // header length, uint16 little-endian
        header[MAGIC.length + 1] = (byte) (textBytes.length >>> 8);
        System.arraycopy(textBytes, 0, header, MAGIC.length + 2, textBytes.length);
        return header;
    }
}
