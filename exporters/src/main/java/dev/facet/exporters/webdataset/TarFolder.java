package dev.facet.exporters.webdataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.Parts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The {@code shards/} folder as a whole: its tars' records, what a resumed process keeps, and the index. */
final class TarFolder {
    static final String INDEX = "index.json";
    private static final Pattern TAR = Pattern.compile("facet-(\\d{6,})\\.tar");

    private TarFolder() {
    }

    /** The records of the folder's closed tars. */
    static List<TarRecord> records(Path shards) throws IOException {
        Path parts = shards.resolve(Parts.FOLDER);
        List<TarRecord> records = new ArrayList<>();
        if (!Files.isDirectory(parts)) {
            return records;
        }
        try (Stream<Path> files = Files.list(parts)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && !AtomicFiles.isTemporary(name)) {
                    records.add(TarRecord.read(p));
                }
            }
        }
        return records;
    }

    /**
     * Keeps the tars of {@code block} whose frames are all done; deletes the others, with their
     * records, and tars of the block without a record. Returns the done frames that are in a kept tar.
     */
    static LongPredicate keep(Path shards, FrameRange block, LongPredicate done) throws IOException {
        Set<Long> held = new HashSet<>();
        Set<String> recorded = new HashSet<>();
        for (TarRecord r : records(shards)) {
            boolean inBlock = false;
            boolean allDone = true;
            for (long k : r.frames()) {
                inBlock |= block.contains(k);
                allDone &= block.contains(k) && done.test(k);  // a tar reaching out of the block is not this run's
            }
            if (!inBlock) {
                recorded.add(r.tar());
            } else if (allDone && Files.exists(shards.resolve(r.tar()))) {
                recorded.add(r.tar());
                for (long k : r.frames()) {
                    held.add(k);
                }
            } else {
                Files.deleteIfExists(TarRecord.file(shards, r.tar()));
                Files.deleteIfExists(shards.resolve(r.tar()));
            }
        }
        if (Files.isDirectory(shards)) {
            try (Stream<Path> files = Files.list(shards)) {
                for (Path p : files.toList()) {
                    Matcher m = TAR.matcher(p.getFileName().toString());
                    if (m.matches() && !recorded.contains(m.group()) && block.contains(Long.parseLong(m.group(1)))) {
                        Files.deleteIfExists(p);  // closed by a process killed before it wrote the tar's record
                    }
                }
            }
        }
        return k -> done.test(k) && held.contains(k);
    }

    /** Writes {@code index.json}: the tars holding the assembled frames, by first frame. */
    static void writeIndex(Path shards, Assembly assembly) throws IOException {
        Set<Long> present = new HashSet<>();
        for (long k : assembly.frames()) {
            present.add(k);
        }
        List<TarRecord> tars = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TarRecord r : records(shards)) {
            if (Arrays.stream(r.frames()).allMatch(present::contains)) {
                for (long k : r.frames()) {
                    if (!seen.add(k)) {
                        throw new IOException("frame " + k + " is in two tars of " + shards + ", one being " + r.tar());
                    }
                }
                tars.add(r);
            }
        }
        for (long k : assembly.frames()) {
            if (!seen.contains(k)) {
                throw new IOException("frame " + k + " is in no tar of " + shards);
            }
        }
        tars.sort(Comparator.comparingLong(TarRecord::first));
        AtomicFiles.write(shards.resolve(INDEX), out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("samples", seen.size());
                g.writeArrayFieldStart("tars");
                for (TarRecord r : tars) {
                    g.writeStartObject();
                    g.writeStringField("name", r.tar());
                    g.writeFieldName("frames");
                    g.writeArray(new long[] {r.first(), r.last()}, 0, 2);
                    g.writeNumberField("samples", r.frames().length);
                    g.writeStringField("sha256", r.sha256());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
