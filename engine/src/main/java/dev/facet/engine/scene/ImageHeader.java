package dev.facet.engine.scene;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The size an image file says it has, read from its header without decoding a pixel, so
 * that a small file claiming a huge image (a decompression bomb) is refused before anything
 * allocates it. PNG: the IHDR chunk, and every chunk must fit in the file up to IEND; JPEG:
 * the first SOFn segment; Radiance .hdr: the resolution line, and the pixel data must hold
 * every scanline ({@link RadianceScan}). Both sides must be within
 * {@link RenderLimits#MAX_TEXTURE_SIZE}. Scenario validation and the renderer read it alike.
 */
public record ImageHeader(String format, int width, int height) {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * Reads the header of {@code source} (see {@link AssetSource#open}): a Radiance image
     * when its name ends in {@code .hdr}, else PNG or JPEG by its first bytes.
     *
     * @throws IOException when it is none of these, is truncated, or is too large
     */
    public static ImageHeader read(String source) throws IOException {
        boolean radiance = source.toLowerCase(Locale.ROOT).endsWith(".hdr");
        try (InputStream in = AssetSource.open(source)) {
            return read(in, radiance);
        }
    }

    /** Reads an image header from {@code in} (all of it, for PNG and .hdr). */
    public static ImageHeader read(InputStream in, boolean radiance) throws IOException {
        DataInputStream data = new DataInputStream(in.markSupported() ? in : new java.io.BufferedInputStream(in));
        try {
            if (radiance) {
                return RadianceScan.read(data);
            }
            data.mark(8);
            int b0 = data.read();
            int b1 = data.read();
            if (b0 == 0xff && b1 == 0xd8) {
                return jpeg(data);
            }
            data.reset();
            byte[] signature = new byte[8];
            if (data.readNBytes(signature, 0, 8) == 8 && java.util.Arrays.equals(signature, PNG_SIGNATURE)) {
                return png(data);
            }
            throw new IOException("not an image this Facet reads (PNG, JPEG, .hdr)");
        } catch (EOFException e) {
            throw new IOException("the file ends too soon: a truncated image");
        }
    }

    /** Refuses sides past {@link RenderLimits#MAX_TEXTURE_SIZE} (or below 1). */
    static ImageHeader sized(String format, long width, long height) throws IOException {
        if (width < 1 || height < 1) {
            throw new IOException("the " + format + " header gives an empty size " + width + "x" + height);
        }
        if (width > RenderLimits.MAX_TEXTURE_SIZE || height > RenderLimits.MAX_TEXTURE_SIZE) {
            throw new IOException("the image is " + width + "x" + height + "; images may be at most "
                    + RenderLimits.MAX_TEXTURE_SIZE + " pixels on a side");
        }
        return new ImageHeader(format, (int) width, (int) height);
    }

    private static ImageHeader png(DataInputStream in) throws IOException {
        long length = in.readInt() & 0xffffffffL;
        int type = in.readInt();
        if (type != 0x49484452 || length != 13) {  // "IHDR"
            throw new IOException("not a valid PNG file: it does not start with an IHDR chunk");
        }
        ImageHeader header = sized("PNG", in.readInt() & 0xffffffffL, in.readInt() & 0xffffffffL);
        in.skipNBytes(5 + 4);  // bit depth .. interlace, CRC
        boolean pixels = false;
        while (true) {
            length = in.readInt() & 0xffffffffL;
            type = in.readInt();
            if (length > Integer.MAX_VALUE) {
                throw new IOException("not a valid PNG file: a chunk claims " + length + " bytes");
            }
            in.skipNBytes(length + 4);
            pixels |= type == 0x49444154;  // "IDAT"
            if (type == 0x49454e44) {  // "IEND"
                break;
            }
        }
        if (!pixels) {
            throw new IOException("not a valid PNG file: it holds no pixel data (IDAT)");
        }
        return header;
    }

    private static ImageHeader jpeg(DataInputStream in) throws IOException {
        while (true) {
            int marker = in.readUnsignedByte();
            if (marker != 0xff) {
                throw new IOException("not a valid JPEG file: no marker where one belongs");
            }
            while (marker == 0xff) {
                marker = in.readUnsignedByte();
            }
            if (marker == 0xd9 || marker == 0xda) {
                throw new IOException("not a valid JPEG file: no frame header (SOF) before its image data");
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new IOException("not a valid JPEG file: a segment of length " + length);
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                in.readUnsignedByte();  // sample precision
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return sized("JPEG", width, height);
            }
            in.skipNBytes(length - 2);
        }
    }
}
