package dev.facet.exporters.webdataset;

import dev.facet.exporters.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** One tar being written under a temporary name: its samples, in the order given, and their checksum. */
final class TarBatch {
    static final long END_OF_ARCHIVE = 10240;  // two zero records, padded to the tar block

    private final Path target;
    private final AtomicFiles.Pending file;
    private final MessageDigest digest;
    private final TarArchiveOutputStream tar;
    private final List<Long> frames = new ArrayList<>();
    private long used;

    TarBatch(Path target) throws IOException {
        this.target = target;
        this.file = AtomicFiles.open(target);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        tar = new TarArchiveOutputStream(new DigestOutputStream(file.stream(), digest));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    /** Bytes the tar has, without its end-of-archive records. */
    long used() {
        return used;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    void add(long frame, FrameSample sample) throws IOException {
        for (Map.Entry<String, byte[]> m : sample.members().entrySet()) {
            TarArchiveEntry entry = new TarArchiveEntry(sample.key() + "." + m.getKey());
            entry.setSize(m.getValue().length);
            entry.setModTime(0);  // same frame, same bytes
            tar.putArchiveEntry(entry);
            tar.write(m.getValue());
            tar.closeArchiveEntry();
        }
        used += sample.bytes();
        frames.add(frame);
    }

    /** Ends the archive and renames it into place; returns what the tar's record says of it. */
    TarRecord commit() throws IOException {
        tar.finish();
        tar.flush();
        file.commit();
        return new TarRecord(target.getFileName().toString(), frames.stream().mapToLong(Long::longValue).toArray(),
                HexFormat.of().formatHex(digest.digest()));
    }

    void discard() {
        file.discard();
    }
}
