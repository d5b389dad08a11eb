package dev.facet.cli;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.core.FrameGaps;
import dev.facet.exporters.registry.Exporters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facet merge OUT [SHARD_DIR ...]}: assembles a dataset from its parts. Parts written
 * into other folders are first brought into OUT (hard links on one file system, else copies);
 * then dataset.json and every exporter's run-level files are built from the parts in OUT. It
 * reads parts, not pixels, and may run again, or beside a straggler's retry.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Assemble a dataset from the parts of its shards (in OUT, or in separate folders).")
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The dataset folder to assemble (and merge into).")
    Path out;

    @Parameters(index = "1..*", paramLabel = "SHARD_DIR", description = "Folders holding other shards' parts.")
    List<Path> from = new ArrayList<>();

    @Option(names = "--allow-missing",
            description = "Assemble even when frames are missing; dataset.json lists them as missing_frames.")
    boolean allowMissing;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        DatasetParts parts = new DatasetParts(out);
        bringIn(parts);
        RunRecord record = parts.run();
        if (record == null) {
            throw new UserError("merge: " + out + " holds no facet parts (no parts/run.json)");
        }
        FrameRange range = range(parts, record);
        long[] frames = parts.doneFrames(range, record.id());
        List<List<Long>> gaps = FrameGaps.of(range.start(), range.end(), frames);
        if (!gaps.isEmpty() && !allowMissing) {
            throw new UserError("merge: " + (range.count() - frames.length) + " of " + range.count()
                    + " frames are missing: " + FrameGaps.describe(gaps, 10) + "; run or --resume their shards, "
                    + "or merge with --allow-missing");
        }
        Map<String, Map<String, Object>> recorded = record.exporters();
        List<Exporter> exporters = Exporters.select(new ArrayList<>(recorded.keySet()), recorded);
        try {
            DatasetAssembler.assemble(exporters, record.info(out, range), frames);
        } catch (IOException e) {
            throw new UserError("merge: the parts in " + out + " disagree: " + e.getMessage());
        }
        err.printf("facet: merged %d of %d frames into %s in %.2f s%s%n", frames.length, range.count(), out,
                (System.nanoTime() - t0) / 1e9, gaps.isEmpty() ? "" : " (missing: " + FrameGaps.describe(gaps, 10) + ")");
        return 0;
    }

    /** Checks that every SHARD_DIR's parts agree with OUT's, then brings them in. */
    private void bringIn(DatasetParts parts) throws IOException {
        RunRecord mine = parts.run();
        List<String> problems = new ArrayList<>();
        for (Path dir : from) {
            RunRecord theirs = new DatasetParts(dir).run();
            if (theirs == null) {
                problems.add(dir + " holds no facet parts");
            } else if (mine == null) {
                mine = theirs;
            } else if (!mine.differences(theirs).isEmpty()) {
                problems.add(dir + " comes from another run (" + String.join("; ", mine.differences(theirs))
                        + "; there = " + dir + ", here = " + out + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError("merge: " + String.join("; ", problems));
        }
        if (!from.isEmpty()) {
            Files.createDirectories(out);
            if (parts.run() == null) {
                parts.writeRun(mine);
            }
        }
        for (Path dir : from) {
            PartsLinker.link(dir, out);
        }
    }

    /** The planned frames, as the finished shards record them; they must agree. */
    private FrameRange range(DatasetParts parts, RunRecord record) throws IOException {
        Map<FrameRange, Set<String>> ranges = new LinkedHashMap<>();
        for (ShardRecord r : parts.shardRecords()) {
            if (r.run().equals(record.id())) {
                ranges.computeIfAbsent(r.range(), x -> new LinkedHashSet<>()).add(r.shard().toString());
            }
        }
        if (ranges.isEmpty()) {
            throw new UserError("merge: no shard of " + out + " has finished, so the planned frames are unknown; "
                    + "run (or --resume) a shard to the end first");
        }
        if (ranges.size() > 1) {
            List<String> seen = new ArrayList<>();
            ranges.forEach((r, shards) -> seen.add("frames " + r.start() + ".." + (r.end() - 1) + " (shards "
                    + String.join(", ", shards) + ")"));
            throw new UserError("merge: the shards planned different frames: " + String.join("; ", seen));
        }
        return ranges.keySet().iterator().next();
    }
}
