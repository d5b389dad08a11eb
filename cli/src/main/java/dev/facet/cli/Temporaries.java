package dev.facet.cli;

import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what killed processes left half-written, anywhere in a dataset folder: temporary
 * files ({@code .<name>.tmp-<random>}) of this shard's frames (the name holds a frame number
 * of the block), of this shard's own records, and of run-level files (dataset.json, an
 * annotations file, an index). Another shard's frames and records are left alone: that shard
 * may be writing them right now.
 */
final class Temporaries {
    private static final Pattern FRAME = Pattern.compile("\\d{6,}");
    private static final Pattern SHARD = Pattern.compile("s\\d+of\\d+.*");

    private Temporaries() {
    }

    /** Deletes the temporaries this shard owns; returns how many. */
    static int clean(Path out, FrameRange block, Shard shard) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        List<Path> found;
        try (Stream<Path> files = Files.walk(out)) {
            found = files.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).toList();
        }
        int removed = 0;
        for (Path p : found) {
            if (owned(p.getFileName().toString(), block, shard) && Files.deleteIfExists(p)) {
                removed++;
            }
        }
        return removed;
    }

    static boolean owned(String temporaryName, FrameRange block, Shard shard) {
        String name = temporaryName.substring(1, temporaryName.indexOf(".tmp-"));
        if (SHARD.matcher(name).matches()) {
            return name.startsWith(shard.label());
        }
        Matcher frame = FRAME.matcher(name);
        if (frame.find()) {
            return block.contains(Long.parseLong(frame.group()));
        }
        return true;
    }
}
