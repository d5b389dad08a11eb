package dev.facet.inspect.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dataset folder read back from disk: its manifest ({@code dataset.json}) and the frames whose
 * meta file exists (a frame exists once its meta file does, see the dataset format).
 */
public final class Dataset {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_NAME = Pattern.compile("(\\d{6,})\\.json");

    private final Path root;
    private final JsonNode manifest;
    private final List<Long> frames;

    private Dataset(Path root, JsonNode manifest, List<Long> frames) {
        this.root = root;
        this.manifest = manifest;
        this.frames = frames;
    }

    /** Opens a dataset folder; anything that is not one is a {@link NotADataset}. */
    public static Dataset open(Path folder) throws IOException {
        Path manifestFile = folder.resolve("dataset.json");
        if (!Files.isDirectory(folder)) {
            throw new NotADataset(folder + " is not a folder");
        }
        if (!Files.isRegularFile(manifestFile) || !Files.isDirectory(folder.resolve("meta"))) {
            throw new NotADataset(folder + " is not a Facet dataset (no dataset.json and meta/ folder)");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new NotADataset(manifestFile + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (manifest == null || !manifest.path("image_size").isArray()) {
            throw new NotADataset(manifestFile + " has no image_size: not a Facet dataset manifest");
        }
        return new Dataset(folder.toRealPath(), manifest, listFrames(folder.resolve("meta")));
    }

    private static List<Long> listFrames(Path meta) throws IOException {
        List<Long> frames = new ArrayList<>();
        try (Stream<Path> files = Files.list(meta)) {
            files.forEach(p -> {
                Matcher m = META_NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    frames.add(Long.parseLong(m.group(1)));
                }
            });
        }
        frames.sort(null);
        return List.copyOf(frames);
    }

    /** The dataset folder, resolved to its real path. */
    public Path root() {
        return root;
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** Frame numbers present, ascending. */
    public List<Long> frames() {
        return frames;
    }

    public int width() {
        return manifest.path("image_size").path(0).asInt();
    }

    public int height() {
        return manifest.path("image_size").path(1).asInt();
    }

    public String scenarioName() {
        return manifest.path("scenario").path("name").asText("");
    }

    /** Category id to name, in the manifest's order. */
    public Map<Integer, String> categories() {
        Map<Integer, String> c = new LinkedHashMap<>();
        for (JsonNode n : manifest.path("categories")) {
            c.put(n.path("id").asInt(), n.path("name").asText());
        }
        return c;
    }

    /** The per-pixel modalities this run wrote (rgb, instance, semantic, depth), meta aside. */
    public List<String> modalities() {
        List<String> m = new ArrayList<>();
        manifest.path("modalities").fieldNames().forEachRemaining(name -> {
            if (Layout.PIXEL_MODALITIES.contains(name)) {
                m.add(name);
            }
        });
        return m;
    }

    /** True when dataset.json lists {@code modality} (a standard one or an optional layer such as normals). */
    public boolean has(String modality) {
        return manifest.path("modalities").has(modality);
    }

    /** A file of frame {@code frame}: {@code folder/NNNNNN.ext}. */
    public Path file(String modality, long frame) {
        return root.resolve(modality).resolve(Layout.stem(frame) + Layout.extension(modality));
    }

    public FrameMeta meta(long frame) throws IOException {
        return FrameMeta.read(file(Layout.META, frame));
    }
}
