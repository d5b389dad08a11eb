package dev.facet.analysis.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** SHA-256 of a file, or of a folder's files (names and bytes, in name order). */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String sha256(Path path) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest(md, f);
                    }
                }
            } else {
                digest(md, path);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new DatasetError(path + ": cannot read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
    }
}
