package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bookkeeping of a dataset made of parts, in {@code parts/} of its folder:
 * {@code run.json} (the {@link RunRecord} every part comes from), {@code frames/NNNNNN.json}
 * (a frame's done record, written once every exporter's part of the frame is in place),
 * {@code shards/sIIIIofNNNN.json} (a finished shard's {@link ShardRecord}) and
 * {@code locks/sIIIIofNNNN.lock} (the live process writing a shard).
 */
final class DatasetParts {
    static final String FOLDER = "parts";

    private final Path out;
    private final Path root;

    DatasetParts(Path out) {
        this.out = out;
        this.root = out.resolve(FOLDER);
    }

    Path out() {
        return out;
    }

    Path lock(Shard shard) {
        return root.resolve("locks").resolve(shard.label() + ".lock");
    }

    /** The run record of the parts here, or null when there are none. */
    RunRecord run() throws IOException {
        Path f = root.resolve("run.json");
        if (!Files.exists(f)) {
            return null;
        }
        return RunRecord.parse(readRecord(f));
    }

    /**
     * Refuses parts of another run: {@code what} says who asks (e.g. {@code --resume}); the
     * message names every difference.
     */
    void checkAgrees(RunRecord mine, String what) throws IOException {
        RunRecord there = run();
        if (there != null && !mine.differences(there).isEmpty()) {
            throw new UserError(what + ": " + out + " holds parts of another run (" + String.join("; ",
                    mine.differences(there)) + "); use another --out or delete " + out);
        }
    }

    void writeRun(RunRecord record) throws IOException {
        Files.createDirectories(root);
        AtomicFiles.write(root.resolve("run.json"), RunRecord.JSON.writeValueAsBytes(record.json()));
    }

    private Path done(long frame) {
        return root.resolve("frames").resolve(DatasetLayout.stem(frame) + ".json");
    }

    /** Records frame {@code frame} as done by the run {@code runId}. */
    void markDone(long frame, String runId) throws IOException {
        AtomicFiles.write(done(frame), doneText(frame, runId));
    }

    /** A done record's bytes: the frame and the run's id, always spelled the same way. */
    private static byte[] doneText(long frame, String runId) {
        return ("{\"frame\": " + frame + ", \"run\": \"" + runId + "\"}\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The done record's bytes, or null when the frame is not done by {@code runId}. A record is
     * compared byte for byte with the one {@link #markDone} writes (no JSON is parsed: a merge
     * reads one per frame): a damaged one, or one of another frame or run, is not a done frame;
     * it is rendered again.
     */
    byte[] doneRecord(long frame, String runId) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(done(frame));
        } catch (java.nio.file.NoSuchFileException absent) {
            return null;
        }
        return java.util.Arrays.equals(bytes, doneText(frame, runId)) ? bytes : null;
    }

    boolean isDone(long frame, String runId) throws IOException {
        return doneRecord(frame, runId) != null;
    }

    void forget(long frame) throws IOException {
        Files.deleteIfExists(done(frame));
    }

    void prepare() throws IOException {
        Files.createDirectories(root.resolve("frames"));
        Files.createDirectories(root.resolve("shards"));
        Files.createDirectories(root.resolve("locks"));
    }

    /** The frames of {@code range} done by {@code runId}, increasing. */
    long[] doneFrames(FrameRange range, String runId) throws IOException {
        List<Long> frames = new ArrayList<>();
        for (long k = range.start(); k < range.end(); k++) {
            if (isDone(k, runId)) {
                frames.add(k);
            }
        }
        return frames.stream().mapToLong(Long::longValue).toArray();
    }

    Path shardRecord(Shard shard) {
        return root.resolve("shards").resolve(shard.label() + ".json");
    }

    void write(ShardRecord record) throws IOException {
        AtomicFiles.write(shardRecord(record.shard()), RunRecord.JSON.writeValueAsBytes(record.toJson()));
    }

    /** Every shard record here. */
    List<ShardRecord> shardRecords() throws IOException {
        Path folder = root.resolve("shards");
        List<ShardRecord> records = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return records;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !AtomicFiles.isTemporary(name)) {
                    records.add(ShardRecord.parse((ObjectNode) readRecord(p)));
                }
            }
        }
        return records;
    }

    /** A record file as JSON; a damaged one is a user error naming the file, line and column. */
    private static JsonNode readRecord(Path f) throws IOException {
        try {
            JsonNode node = RunRecord.JSON.readTree(f.toFile());
            if (node == null || !node.isObject()) {
                throw new UserError(f + " is damaged (not a JSON object); delete it, or use another --out");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserError(f + " is damaged (not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + "); delete it, or use another --out");
        }
    }
}
