package dev.facet.exporters.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for the pixel formats the dataset and its exporters use: 8-bit RGB,
 * 8-bit grayscale (masks) and 16-bit grayscale. Every row uses filter "Up" (difference to the row above), which turns the
 * large flat regions of id maps into runs of zeros. Rows are top-down.
 *
 * <p>An encoder reuses its deflater and row buffers, so it is not thread-safe: give each
 * thread its own, e.g. {@link #ofThisThread}.
 */
public final class PngEncoder {

    /** Fast deflate level: id maps still shrink well, RGB a little less than at level 6. */
    public static final int DEFAULT_LEVEL = 1;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = ascii("IHDR");
    private static final byte[] IDAT = ascii("IDAT");
    private static final byte[] IEND = ascii("IEND");
    private static final int FILTER_UP = 2;
    private static final int COLOR_GRAY = 0;
    private static final int COLOR_RGB = 2;
    private static final int IDAT_SIZE = 1 << 16;

    /** Per thread, one encoder per deflate level, made when first asked for. */
    private static final ThreadLocal<PngEncoder[]> PER_THREAD = ThreadLocal.withInitial(() -> new PngEncoder[10]);

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final byte[] idat = new byte[IDAT_SIZE];
    private int idatLength;
    private byte[] row = new byte[0];
    private byte[] previous = new byte[0];
    private byte[] filtered = new byte[0];

    public PngEncoder() {
        this(DEFAULT_LEVEL);
    }

    /** @param level deflate level, 0 (store) to 9 (smallest) */
    public PngEncoder(int level) {
        checkLevel(level);
        this.deflater = new Deflater(level);
    }

    /** This thread's encoder of deflate level {@code level}: the one place exporters get encoders from. */
    public static PngEncoder ofThisThread(int level) {
        checkLevel(level);
        PngEncoder[] encoders = PER_THREAD.get();
        if (encoders[level] == null) {
            encoders[level] = new PngEncoder(level);
        }
        return encoders[level];
    }

    /** Rejects a deflate level outside 0..9. */
    public static void checkLevel(int level) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be in 0..9, got " + level);
        }
    }

    /** Writes an 8-bit RGB image, 3 bytes per pixel (r, g, b), rows top-down. */
    public void writeRgb8(OutputStream out, int width, int height, byte[] rgb) throws IOException {
        checkSize(width, height, rgb.length, 3L, "rgb");
        writeBytes(out, width, height, COLOR_RGB, 3 * width, rgb);
    }

    /** Writes an 8-bit grayscale image, one byte per pixel, rows top-down. */
    public void writeGray8(OutputStream out, int width, int height, byte[] values) throws IOException {
        checkSize(width, height, values.length, 1L, "values");
        writeBytes(out, width, height, COLOR_GRAY, width, values);
    }

    /** An 8-bit image whose rows are {@code stride} bytes of {@code data}, as they are. */
    private void writeBytes(OutputStream out, int width, int height, int colorType, int stride, byte[] data)
            throws IOException {
        begin(out, width, height, 8, colorType, stride);
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, y * stride, row, 0, stride);
            writeRow(out, stride);
        }
        end(out);
    }

    /** Writes a 16-bit grayscale image from values in 0..65535, rows top-down. */
    public void writeGray16(OutputStream out, int width, int height, int[] values) throws IOException {
        checkSize(width, height, values.length, 1L, "values");
        int stride = 2 * width;
        begin(out, width, height, 16, COLOR_GRAY, stride);
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            for (int x = 0; x < width; x++) {
                int v = values[offset + x];
                if ((v & ~0xFFFF) != 0) {
                    throw new IllegalArgumentException("16-bit value out of range at " + x + "," + y + ": " + v);
                }
                row[2 * x] = (byte) (v >>> 8);
                row[2 * x + 1] = (byte) v;
            }
            writeRow(out, stride);
        }
        end(out);
    }

    public byte[] encodeRgb8(int width, int height, byte[] rgb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rgb.length / 2 + 128);
        try {
            writeRgb8(out, width, height, rgb);
        } catch (IOException e) {
            throw new AssertionError("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    public byte[] encodeGray8(int width, int height, byte[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(values.length / 4 + 128);
        try {
            writeGray8(out, width, height, values);
        } catch (IOException e) {
            throw new AssertionError("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    public byte[] encodeGray16(int width, int height, int[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(values.length + 128);
        try {
            writeGray16(out, width, height, values);
        } catch (IOException e) {
            throw new AssertionError("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    private void begin(OutputStream out, int width, int height, int bitDepth, int colorType, int stride)
            throws IOException {
        if (row.length < stride) {
            row = new byte[stride];
            previous = new byte[stride];
            filtered = new byte[stride + 1];
        }
        java.util.Arrays.fill(previous, 0, stride, (byte) 0);  // the row above the first row is zero
        deflater.reset();
        idatLength = 0;
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = (byte) bitDepth;
        header[9] = (byte) colorType;
        // compression 0 (deflate), filter method 0, no interlace
        writeChunk(out, IHDR, header, header.length);
    }

    private void writeRow(OutputStream out, int stride) throws IOException {
        filtered[0] = FILTER_UP;
        for (int i = 0; i < stride; i++) {
            filtered[i + 1] = (byte) (row[i] - previous[i]);
        }
        byte[] swap = previous;
        previous = row;
        row = swap;
        deflater.setInput(filtered, 0, stride + 1);
        while (!deflater.needsInput()) {
            drainDeflater(out);
        }
    }

    private void end(OutputStream out) throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drainDeflater(out);
        }
        if (idatLength > 0) {
            writeChunk(out, IDAT, idat, idatLength);
            idatLength = 0;
        }
        writeChunk(out, IEND, idat, 0);
        out.flush();
    }

    private void drainDeflater(OutputStream out) throws IOException {
        idatLength += deflater.deflate(idat, idatLength, idat.length - idatLength);
        if (idatLength == idat.length) {
            writeChunk(out, IDAT, idat, idatLength);
            idatLength = 0;
        }
    }

    private void writeChunk(OutputStream out, byte[] type, byte[] data, int length) throws IOException {
        byte[] word = new byte[4];
        putInt(word, 0, length);
        out.write(word);
        out.write(type);
        out.write(data, 0, length);
        crc.reset();
        crc.update(type);
        crc.update(data, 0, length);
        putInt(word, 0, (int) crc.getValue());
        out.write(word);
    }

    private static void checkSize(int width, int height, int length, long perPixel, String what) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if ((long) width * height * perPixel != length) {
            throw new IllegalArgumentException(what + " has " + length + " entries, expected "
                    + (long) width * height * perPixel + " for " + width + "x" + height);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
