package dev.facet.analysis.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.engine.scene.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A dataset folder written by {@code facet run}, read back: its manifest (dataset.json), its
 * categories and image size, and every frame whose meta file exists (a frame exists only
 * once its meta file does), in frame order. Pixels are read on demand.
 */
public final class Dataset {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final ObjectNode manifest;
    private final List<Category> categories;
    private final List<FrameMeta> frames;

    private Dataset(Path root, ObjectNode manifest, List<Category> categories, List<FrameMeta> frames) {
        this.root = root;
        this.manifest = manifest;
        this.categories = categories;
        this.frames = frames;
    }

    /** Reads the manifest and every meta file of the dataset at {@code root}. */
    public static Dataset open(Path root) {
        Path file = root.resolve("dataset.json");
        if (!Files.isRegularFile(file)) {
            throw new DatasetError(root + " is not a dataset folder (" + file + " does not exist)");
        }
        JsonNode manifest = read(file);
        if (!manifest.isObject() || !manifest.path("categories").isArray()) {
            throw new DatasetError(file + ": expected a Facet dataset.json with `categories`");
        }
        List<Category> categories = new ArrayList<>();
        for (JsonNode c : manifest.get("categories")) {
            categories.add(new Category(c.path("id").asInt(), c.path("name").asText()));
        }
        List<FrameMeta> frames = new ArrayList<>();
        for (Path meta : metaFiles(root.resolve("meta"))) {
            frames.add(MetaReader.frame(meta, read(meta)));
        }
        return new Dataset(root, (ObjectNode) manifest, List.copyOf(categories), Collections.unmodifiableList(frames));
    }

    private static List<Path> metaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DatasetError(folder + " does not exist: not a dataset folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{6,}\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetError(folder + ": cannot list (" + e.getMessage() + ")");
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetError(file + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    public Path root() {
        return root;
    }

    /** dataset.json as written. */
    public ObjectNode manifest() {
        return manifest;
    }

    /** The resolved scenario the run recorded (a copy: callers may change it). */
    public ObjectNode scenario() {
        JsonNode s = manifest.path("scenario");
        if (!s.isObject()) {
            throw new DatasetError(root.resolve("dataset.json") + ": scenario: expected the resolved scenario of the run");
        }
        return s.deepCopy();
    }

    public List<Category> categories() {
        return categories;
    }

    /** Category names by id. */
    public Map<Integer, String> categoryNames() {
        Map<Integer, String> names = new LinkedHashMap<>();
        categories.forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    public List<FrameMeta> frames() {
        return frames;
    }

    /** The frame's instance-id image. */
    public LabelImage instance(long frame) {
        return LabelImage.read(root.resolve("instance").resolve(stem(frame) + ".png"));
    }

    /** The frame's category-id image. */
    public LabelImage semantic(long frame) {
        return LabelImage.read(root.resolve("semantic").resolve(stem(frame) + ".png"));
    }

    /** Six-digit, zero-padded frame number: the stem of every per-frame file. */
    public static String stem(long frame) {
        return String.format("%06d", frame);
    }
}
