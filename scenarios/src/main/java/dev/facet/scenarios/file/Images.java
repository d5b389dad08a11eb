package dev.facet.scenarios.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Checks that an image asset exists and decodes: PNG/JPEG through ImageIO, Radiance .hdr by its header. */
final class Images {
    private Images() {
    }

    static void check(String source) throws IOException {
        byte[] bytes;
        try {
            bytes = Sources.read(source);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(e.getMessage() != null ? e.getMessage() : "no such file");
        }
        if (source.toLowerCase(Locale.ROOT).endsWith(".hdr")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 10), StandardCharsets.US_ASCII);
            if (!head.startsWith("#?RADIANCE") && !head.startsWith("#?RGBE")) {
                throw new IOException("not a Radiance .hdr image");
            }
            return;
        }
        if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
            throw new IOException("not an image this Facet reads (PNG, JPEG, .hdr)");
        }
    }
}
