package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A dataset folder as tests compare it: every file by its path, text with the folder's own
 * path replaced, and the webdataset samples read through the index. What legitimately depends
 * on how the frames were split over processes is set apart: the shard records, and the tars
 * (their names and boundaries); their members, in frame order, are compared instead.
 */
final class DatasetTree {
    private DatasetTree() {
    }

    /** Every file but the layout's own (shard records, tars, tar records, the tar index), by relative path. */
    static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("parts/shards/") || rel.startsWith("shards/")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                if (rel.endsWith(".yaml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(root.toString(), "$OUT")
                            .getBytes(StandardCharsets.UTF_8);
                }
                files.put(rel, bytes);
            }
        }
        return files;
    }

    /** The webdataset members of every tar the index lists, in index order, checking the index against the tars. */
    static List<String> samples(Path root) throws Exception {
        JsonNode index = new ObjectMapper().readTree(root.resolve("shards/index.json").toFile());
        List<String> members = new ArrayList<>();
        long expectedNext = -1;
        for (JsonNode tar : index.path("tars")) {
            long first = tar.path("frames").get(0).asLong();
            long last = tar.path("frames").get(1).asLong();
            assertTrue(first > expectedNext, "tars in frame order: " + index);
            expectedNext = last;
            List<String> frames = new ArrayList<>();
            try (InputStream in = Files.newInputStream(root.resolve("shards").resolve(tar.path("name").asText()));
                 TarArchiveInputStream t = new TarArchiveInputStream(in)) {
                TarArchiveEntry e;
                while ((e = t.getNextEntry()) != null) {
                    members.add(e.getName() + " " + dev.facet.testkit.Golden.sha256(t.readAllBytes()));
                    String frame = e.getName().substring(0, 6);
                    if (frames.isEmpty() || !frames.get(frames.size() - 1).equals(frame)) {
                        frames.add(frame);
                    }
                }
            }
            assertEquals(tar.path("samples").asInt(), frames.size(), "samples of " + tar);
            assertEquals(first, Long.parseLong(frames.get(0)), "first frame of " + tar);
            assertEquals(last, Long.parseLong(frames.get(frames.size() - 1)), "last frame of " + tar);
            assertEquals(frames.stream().sorted().toList(), frames, "frames in order inside " + tar);
        }
        return members;
    }

    /** Asserts that two datasets hold the same files, byte for byte, and the same webdataset samples. */
    static void assertSame(Path expected, Path actual) throws Exception {
        Map<String, byte[]> a = files(expected);
        Map<String, byte[]> b = files(actual);
        assertEquals(a.keySet(), b.keySet(), "the same files in " + actual);
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), "bytes of " + f + " in " + actual);
        }
        if (Files.exists(expected.resolve("shards/index.json"))) {
            assertEquals(samples(expected), samples(actual), "the same webdataset samples in " + actual);
        }
    }

    /** Temporary files (half-written) anywhere under root. */
    static List<Path> temporaries(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> DatasetFiles.isTemporary(p)).toList();
        }
    }
}
