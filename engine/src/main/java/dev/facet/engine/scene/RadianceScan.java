package dev.facet.engine.scene;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Radiance .hdr (RGBE) file through without keeping its pixels: the header lines
 * (bounded), the resolution line {@code -Y height +X width} (either sign), then every
 * scanline, flat or run-length encoded, so that a file whose pixels stop short is refused
 * here rather than read forever by a loader that does not notice the end of the file.
 */
final class RadianceScan {
    /** The longest header line, and the most header lines, before the file is refused. */
    private static final int MAX_LINE = 4096;
    private static final int MAX_LINES = 1024;
    private static final Pattern RESOLUTION = Pattern.compile("[+-]Y (\\d{1,10}) [+-]X (\\d{1,10})");

    private RadianceScan() {
    }

    static ImageHeader read(DataInputStream in) throws IOException {
        String first = line(in);
        if (!first.startsWith("#?RADIANCE") && !first.startsWith("#?RGBE")) {
            throw new IOException("not a Radiance .hdr image");
        }
        String line = first;
        for (int n = 0; !line.startsWith("-") && !line.startsWith("+"); n++) {
            if (n > MAX_LINES) {
                throw new IOException("not a valid .hdr image: no resolution line in its first " + MAX_LINES + " lines");
            }
            line = line(in);
            if (line.startsWith("FORMAT=") && !line.equals("FORMAT=32-bit_rle_rgbe")
                    && !line.equals("FORMAT=32-bit_rle_xyze")) {
                throw new IOException("not a valid .hdr image: unknown " + line);
            }
        }
        Matcher m = RESOLUTION.matcher(line.trim());
        if (!m.matches()) {
            throw new IOException("not a valid .hdr image: expected a resolution line like '-Y 512 +X 1024', got '"
                    + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'");
        }
        ImageHeader header = ImageHeader.sized("Radiance", Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
        for (int y = 0; y < header.height(); y++) {
            try {
                scanline(in, header.width(), y);
            } catch (EOFException e) {
                throw new IOException("the .hdr file ends in scanline " + y + " of " + header.height()
                        + ": its pixels are missing");
            }
        }
        return header;
    }

    /** One header line, without its newline; the file must not end before it does. */
    private static String line(DataInputStream in) throws IOException {
        byte[] buf = new byte[MAX_LINE];
        for (int n = 0; n < MAX_LINE; n++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("not a valid .hdr image: the file ends inside its header");
            }
            if (b == '\n') {
                return new String(buf, 0, n, StandardCharsets.US_ASCII);
            }
            buf[n] = (byte) b;
        }
        throw new IOException("not a valid .hdr image: a header line longer than " + MAX_LINE + " bytes");
    }

    /** Reads scanline {@code y}: adaptive run-length encoded when it says so, else flat RGBE pixels. */
    private static void scanline(DataInputStream in, int width, int y) throws IOException {
        int r = in.readUnsignedByte();
        int g = in.readUnsignedByte();
        int b = in.readUnsignedByte();
        int e = in.readUnsignedByte();
        boolean encoded = width >= 8 && width < 0x8000 && r == 2 && g == 2 && (b & 0x80) == 0;
        if (!encoded) {
            in.skipNBytes(4L * (width - 1));
            return;
        }
        if (((b << 8) | e) != width) {
            throw new IOException("not a valid .hdr image: scanline " + y + " says width " + ((b << 8) | e)
                    + ", the header " + width);
        }
        for (int channel = 0; channel < 4; channel++) {
            for (int x = 0; x < width; ) {
                int count = in.readUnsignedByte();
                boolean run = count > 128;
                int n = run ? count - 128 : count;
                if (n == 0 || x + n > width) {
                    throw new IOException("not a valid .hdr image: bad run-length data in scanline " + y);
                }
                in.skipNBytes(run ? 1 : n);
                x += n;
            }
        }
    }
}
