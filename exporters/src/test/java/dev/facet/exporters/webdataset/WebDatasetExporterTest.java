package dev.facet.exporters.webdataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.exporters.SyntheticFrames;
import dev.facet.exporters.registry.Exporters;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards stay under their size bound, hold whole frames in frame order, every frame once, are named by their first
 * frame and listed by the index; a resumed run keeps only whole tars of done frames; a failed run leaves no shard.
 */
class WebDatasetExporterTest {
    static final List<String> EXTENSIONS = List.of("rgb.png", "instance.png", "semantic.png", "depth.npy", "json");

    static Map<String, byte[]> members(Path tar) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                assertTrue(m.put(e.getName(), t.readAllBytes()) == null, "listed once: " + e.getName());
            }
        }
        return m;
    }

    static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<Path> tars(Path folder) throws Exception {
        return list(folder).stream().filter(p -> p.getFileName().toString().endsWith(".tar")).toList();
    }

    @Test
    void smallShardsHoldWholeFrames(@TempDir Path out) throws Exception {
        WebDatasetExporter wds = new WebDatasetExporter();
        wds.configure(Exporters.options(wds, Map.of("shard_size_mb", "0.02")));  // about 20 KiB: a few synthetic frames each
        List<Long> placed = new ArrayList<>();
        wds.onPlaced(placed::add);
        wds.start(SyntheticFrames.info(out, 0, 12));
        for (long k = 0; k < 12; k++) {  // in frame order, as the run hands them to an inFrameOrder exporter
            wds.write(SyntheticFrames.frame(k));
        }
        assertTrue(placed.size() < 12, "the open tar's frames are not in place yet: " + placed);
        wds.finish(12);
        assertEquals(LongStream.range(0, 12).boxed().toList(), placed, "every frame placed once its tar closed");
        SyntheticFrames.end(new WebDatasetExporter(), out, 0, 12);  // assembles the index only
        List<Path> shards = tars(out.resolve("shards"));
        assertTrue(shards.size() >= 3, "several shards: " + shards);
        JsonNode index = new ObjectMapper().readTree(out.resolve("shards/index.json").toFile());
        assertEquals(12, index.path("samples").asInt());
        assertEquals(shards.size(), index.path("tars").size());
        Set<String> all = new HashSet<>();
        long next = 0;
        for (int i = 0; i < shards.size(); i++) {
            Path shard = shards.get(i);
            JsonNode entry = index.path("tars").get(i);
            assertEquals(String.format("facet-%06d.tar", next), shard.getFileName().toString(), "named by first frame");
            assertEquals(shard.getFileName().toString(), entry.path("name").asText());
            assertEquals(next, entry.path("frames").get(0).asLong());
            next = entry.path("frames").get(1).asLong() + 1;
            assertTrue(Files.size(shard) <= 0.02 * 1024 * 1024, shard + " is " + Files.size(shard) + " bytes");
            Map<String, byte[]> m = members(shard);
            Set<String> keys = new HashSet<>();
            m.keySet().forEach(n -> keys.add(n.substring(0, 6)));
            for (String key : keys) {
                for (String ext : EXTENSIONS) {
                    assertTrue(m.containsKey(key + "." + ext), shard + " holds all of frame " + key);
                }
                long k = Long.parseLong(key);
                assertArrayEquals(SyntheticFrames.instance(k),
                        Png.gray16(m.get(key + ".instance.png"), key + ".instance.png", SyntheticFrames.W, SyntheticFrames.H), "instance of frame " + k);
                assertArrayEquals(SyntheticFrames.depth(k), Npy.parse(m.get(key + ".depth.npy")).values());
            }
            all.addAll(m.keySet());
        }
        assertEquals(12 * EXTENSIONS.size(), all.size());
        assertEquals(12, next, "the tars cover the frames in order");
    }

    @Test
    void aResumedRunKeepsOnlyWholeTarsOfDoneFrames(@TempDir Path out) throws Exception {
        WebDatasetExporter wds = new WebDatasetExporter();
        wds.configure(Exporters.options(wds, Map.of("shard_size_mb", "0.02")));
        wds.start(SyntheticFrames.info(out, 0, 12));
        for (long k = 0; k < 12; k++) {
            wds.write(SyntheticFrames.frame(k));
        }
        wds.finish(12);
        SyntheticFrames.end(new WebDatasetExporter(), out, 0, 12);
        JsonNode index = new ObjectMapper().readTree(out.resolve("shards/index.json").toFile());
        long secondStart = index.path("tars").get(1).path("frames").get(0).asLong();
        // every frame up to the second tar's first frame is done: tars ending after it must be rewritten
        LongPredicate kept = new WebDatasetExporter().keep(SyntheticFrames.info(out, 0, 12), k -> k <= secondStart);
        List<String> expected = new ArrayList<>();
        long keptUpTo = -1;
        for (JsonNode tar : index.path("tars")) {
            if (tar.path("frames").get(1).asLong() <= secondStart) {
                expected.add(tar.path("name").asText());
                keptUpTo = tar.path("frames").get(1).asLong();
            }
        }
        assertEquals(expected, tars(out.resolve("shards")).stream().map(p -> p.getFileName().toString()).toList(),
                "the tars with frames still to write are gone");
        for (long k = 0; k < 12; k++) {
            assertEquals(k <= keptUpTo, kept.test(k), "frame " + k + " kept");
        }
        assertEquals(expected.size(), list(out.resolve("shards/parts")).size(), "their records went with them");
    }

    @Test
    void abortLeavesNoShard(@TempDir Path out) throws Exception {
        WebDatasetExporter wds = new WebDatasetExporter();
        wds.start(SyntheticFrames.info(out, 0, 3));
        wds.write(SyntheticFrames.frame(0));
        assertEquals(1, list(out.resolve("shards")).size(), "the open shard exists under a temporary name");
        wds.abort();
        assertEquals(new ArrayList<Path>(), list(out.resolve("shards")));
        assertEquals(new ArrayList<Path>(), list(out.resolve("shards/parts")));
    }
}
