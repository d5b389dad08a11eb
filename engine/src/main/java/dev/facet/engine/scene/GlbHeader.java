package dev.facet.engine.scene;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks the framing of a binary glTF (.glb) file before a loader trusts it: the 12-byte
 * header (magic {@code glTF}, version 2, total length no larger than the file) and every
 * chunk's length against the bytes the file still holds, so that a tiny file claiming a
 * 2 GB chunk is refused instead of allocated. Scenario validation and the renderer check alike.
 */
public final class GlbHeader {
    private static final int MAGIC = 0x46546c67;  // "glTF", little-endian
    private static final int JSON_CHUNK = 0x4e4f534a;

    private GlbHeader() {
    }

    /** Checks {@code source} (see {@link AssetSource#open}). */
    public static void check(String source) throws IOException {
        try (InputStream in = AssetSource.open(source)) {
            check(in);
        }
    }

    /** Checks the .glb read from {@code in}, to its end. */
    public static void check(InputStream in) throws IOException {
        try {
            if (int32(in) != MAGIC) {
                throw new IOException("not a valid GLB file: it does not start with 'glTF'");
            }
            long version = int32(in) & 0xffffffffL;
            if (version != 2) {
                throw new IOException("not a valid GLB file: version " + version + "; Facet reads glTF 2");
            }
            long declared = int32(in) & 0xffffffffL;
            long at = 12;
            for (int chunk = 0; at < declared; chunk++) {
                long length = int32(in) & 0xffffffffL;
                int type = int32(in);
                at += 8;
                if (chunk == 0 && type != JSON_CHUNK) {
                    throw new IOException("not a valid GLB file: its first chunk is not JSON");
                }
                if (length > declared - at) {
                    throw new IOException("not a valid GLB file: chunk " + chunk + " claims " + length
                            + " bytes, past the " + declared + " the header gives");
                }
                in.skipNBytes(length);
                at += length;
            }
        } catch (EOFException e) {
            throw new IOException("not a valid GLB file: the file ends before the length its header or a chunk gives");
        }
    }

    private static int int32(InputStream in) throws IOException {
        byte[] b = in.readNBytes(4);
        if (b.length < 4) {
            throw new EOFException();
        }
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }
}
