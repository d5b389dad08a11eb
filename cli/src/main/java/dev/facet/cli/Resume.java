package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.random.Streams;
import dev.facet.engine.spi.Exporter;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * {@code facet run --resume}: the frames of the requested range that an earlier,
 * interrupted run already completed (their meta file exists, so all their files do).
 * Every frame depends on its index and the run seed alone, so rendering only the missing
 * ones completes the dataset exactly. The frames found must come from the same seed and
 * image size; the first one is checked. Half-written temporaries of the interrupted run
 * are removed.
 */
final class Resume {
    private final long start;
    private final BitSet written;

    private Resume(long start, BitSet written) {
        this.start = start;
        this.written = written;
    }

    static Resume scan(Path dir, RunSettings run, List<Exporter> exporters) throws IOException {
        long start = run.frames().start();
        for (Exporter e : exporters) {
            if (!e.resumable()) {
                throw new UserError("--resume: exporter '" + e.name() + "' gathers all frames into run-level files; "
                        + "run it over the whole range without --resume");
            }
        }
        removeTemporaries(dir);
        BitSet written = new BitSet();
        boolean checked = false;
        for (long k = start; k < run.frames().end(); k++) {
            Path meta = CoreLayout.meta(dir, k);
            if (Files.exists(meta)) {
                if (!checked) {
                    check(meta, k, run.seed(), run.size().width(), run.size().height());
                    checked = true;
                }
                written.set((int) (k - start));
            }
        }
        return new Resume(start, written);
    }

    /** The interrupted run's half-written files, under hidden temporary names in the core folders. */
    private static void removeTemporaries(Path dir) throws IOException {
        for (String folder : CoreLayout.FOLDERS) {
            Path f = dir.resolve(folder);
            if (Files.isDirectory(f)) {
                try (var files = Files.list(f)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        if (AtomicFiles.isTemporary(p.getFileName().toString())) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        }
    }

    private static void check(Path meta, long k, long seed, int width, int height) throws IOException {
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(meta.toFile());
        } catch (IOException e) {
            throw new UserError("--resume: cannot read " + meta + ": " + e.getMessage());
        }
        long expected = Streams.frameSeed(seed, k);
        if (m.path("seed").asLong() != expected || m.path("camera").path("width").asInt() != width
                || m.path("camera").path("height").asInt() != height) {
            throw new UserError("--resume: " + meta + " was written with another seed or image size; resume with the "
                    + "original --seed, --width and --height, or choose another --out");
        }
    }

    boolean written(long frame) {
        return written.get((int) (frame - start));
    }

    long count() {
        return written.cardinality();
    }
}
