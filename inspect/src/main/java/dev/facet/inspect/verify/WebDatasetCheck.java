package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * {@code shards/*.tar} against the core files: each member {@code NNNNNN.<ext>} holds the bytes
 * of the frame's core file, each frame is in exactly one shard, and a shard's checksum, where
 * dataset.json records one ({@code shards[].sha256}), holds.
 */
final class WebDatasetCheck {
    static final String CHECK = "webdataset";
    static final String CHECKSUM = "shard-checksum";
    private static final Map<String, String> CORE_FILE = Map.ofEntries(Map.entry("rgb.png", Layout.RGB),
            Map.entry("instance.png", Layout.INSTANCE), Map.entry("semantic.png", Layout.SEMANTIC),
            Map.entry("depth.npy", Layout.DEPTH), Map.entry("amodal.json", Layout.AMODAL),
            Map.entry("depth_noisy.npy", Layout.DEPTH_NOISY), Map.entry("json", Layout.META),
            Map.entry("normals.npy", Layout.NORMALS), Map.entry("object_coords.npy", Layout.OBJECT_COORDS),
            Map.entry("flow.npy", Layout.FLOW), Map.entry("flow_valid.png", Layout.FLOW_VALID));

    private WebDatasetCheck() {
    }

    static void check(Dataset dataset, Findings findings) throws IOException {
        Path folder = dataset.root().resolve("shards");
        if (!Files.isDirectory(folder)) {
            return;
        }
        findings.declare(CHECK);
        List<Path> shards;
        try (Stream<Path> files = Files.list(folder)) {
            shards = files.filter(p -> p.getFileName().toString().endsWith(".tar")).sorted().toList();
        }
        Map<Long, Path> shardOf = new HashMap<>();
        for (Path shard : shards) {
            readShard(dataset, findings, shard, shardOf);
        }
        TreeSet<Long> missing = new TreeSet<>(dataset.frames());
        missing.removeAll(shardOf.keySet());
        findings.expect(missing.isEmpty(), CHECK, folder, missing.size() + " frames are in no shard, first "
                + (missing.isEmpty() ? "" : Layout.stem(missing.first())));
        checksums(dataset, findings);
    }

    private static void readShard(Dataset dataset, Findings findings, Path shard, Map<Long, Path> shardOf)
            throws IOException {
        try (InputStream in = Files.newInputStream(shard); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName();
                int dot = name.indexOf('.');
                String folder = dot < 0 ? null : CORE_FILE.get(name.substring(dot + 1));
                if (!findings.expect(folder != null && name.substring(0, dot).matches("\\d{6,}"), CHECK, shard,
                        "member " + name + " is not a frame's core file")) {
                    continue;
                }
                long frame = Long.parseLong(name.substring(0, dot));
                byte[] bytes = tar.readAllBytes();
                if (folder.equals(Layout.META)) {
                    Path earlier = shardOf.putIfAbsent(frame, shard);
                    findings.expect(earlier == null, CHECK, shard, "frame " + frame + " is also in " + earlier);
                }
                Path core = dataset.file(folder, frame);
                if (Files.isRegularFile(core)) {
                    findings.expect(Arrays.equals(bytes, Files.readAllBytes(core)), CHECK, shard, "member " + name
                            + " differs from " + folder + "/" + core.getFileName());
                }
            }
        } catch (IOException | RuntimeException ex) {
            findings.failed(CHECK, shard, "does not read as tar: " + IntegrityCheck.firstLine(ex));
        }
    }

    private static void checksums(Dataset dataset, Findings findings) throws IOException {
        JsonNode records = dataset.manifest().path("shards");
        boolean any = false;
        for (JsonNode r : records) {
            String file = r.path("file").asText(r.path("path").asText(""));
            if (!r.hasNonNull("sha256") || file.isEmpty()) {
                continue;
            }
            any = true;
            findings.declare(CHECKSUM);
            Path target = dataset.root().resolve("shards").resolve(Path.of(file).getFileName().toString());
            String actual = Files.isRegularFile(target) ? sha256(target) : "(missing)";
            findings.expect(actual.equalsIgnoreCase(r.get("sha256").asText()), CHECKSUM, target,
                    "sha256 " + actual + " but dataset.json records " + r.get("sha256").asText());
        }
        if (!any) {
            findings.note("no shard checksums recorded in dataset.json: checksum check skipped");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
