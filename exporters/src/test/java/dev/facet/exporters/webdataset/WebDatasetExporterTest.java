package dev.facet.exporters.webdataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards stay under their size bound, hold whole frames, every frame once; a failed run leaves no shard. */
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
            return s.sorted().toList();
        }
    }

    @Test
    void smallShardsHoldWholeFrames(@TempDir Path out) throws Exception {
        WebDatasetExporter wds = new WebDatasetExporter();
        wds.configure(Exporters.options(wds, Map.of("shard_size_mb", "0.02")));  // about 20 KiB: a few synthetic frames each
        wds.start(SyntheticFrames.info(out, 0, 12));
        for (long k = 11; k >= 0; k--) {
            wds.write(SyntheticFrames.frame(k));
        }
        wds.finish(12);
        List<Path> shards = list(out.resolve("shards"));
        assertTrue(shards.size() >= 3, "several shards: " + shards);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < shards.size(); i++) {
            Path shard = shards.get(i);
            assertEquals(String.format("facet-%06d.tar", i), shard.getFileName().toString());
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
    }

    @Test
    void abortLeavesNoShard(@TempDir Path out) throws Exception {
        WebDatasetExporter wds = new WebDatasetExporter();
        wds.start(SyntheticFrames.info(out, 0, 3));
        wds.write(SyntheticFrames.frame(0));
        assertEquals(1, list(out.resolve("shards")).size(), "the open shard exists under a temporary name");
        wds.abort();
        assertEquals(new ArrayList<Path>(), list(out.resolve("shards")));
    }
}
