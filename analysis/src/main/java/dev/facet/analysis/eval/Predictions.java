package dev.facet.analysis.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.analysis.dataset.DatasetError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A predictions file in the COCO results format: a JSON array of {@code {image_id, category_id,
 * bbox, score}} or, for masks, {@code {image_id, category_id, segmentation: {size: [h, w],
 * counts}, score}} with {@code counts} a compressed string or a list of runs. Detections are
 * numbered from 1 in file order and get their area as pycocotools' loadRes gives it. Every
 * mistake is a {@link DatasetError} naming the file and where: line:column for bad JSON, a
 * JSON path such as {@code [12].category_id} for a bad entry.
 */
public final class Predictions {
    private final Path file;
    private final Set<Long> frames;
    private final Set<Integer> categories;
    private final int height;
    private final int width;

    /** Detections may name only {@code frames} and {@code categories}; masks must be {@code height x width}. */
    public Predictions(Path file, Set<Long> frames, Set<Integer> categories, int width, int height) {
        this.file = file;
        this.frames = frames;
        this.categories = categories;
        this.width = width;
        this.height = height;
    }

    /** Reads the file; masks are required and used for {@link CocoEval.IouType#SEGM}. */
    public List<Detection> read(CocoEval.IouType type) {
        JsonNode root = parse();
        if (!root.isArray()) {
            throw error("", "expected a JSON array of results [{image_id, category_id, " + (type == CocoEval.IouType.BBOX
                    ? "bbox" : "segmentation") + ", score}, ...]");
        }
        List<Detection> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.add(entry(root.get(i), "[" + i + "]", i + 1, type));
        }
        return out;
    }

    private JsonNode parse() {
        if (!Files.isRegularFile(file)) {
            throw new DatasetError(file + " does not exist");
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new DatasetError(file + where + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DatasetError(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private Detection entry(JsonNode e, String at, long id, CocoEval.IouType type) {
        if (!e.isObject()) {
            throw error(at, "expected an object {image_id, category_id, ..., score}");
        }
        long image = integer(e, at, "image_id");
        if (!frames.contains(image)) {
            throw error(at + ".image_id", "unknown frame " + image + " (not a frame of the dataset)");
        }
        int category = (int) integer(e, at, "category_id");
        if (!categories.contains(category)) {
            throw error(at + ".category_id", "unknown category " + category + " (the dataset's ids: " + categories + ")");
        }
        if (!e.path("score").isNumber()) {
            throw error(at + ".score", "expected a number");
        }
        double score = e.get("score").asDouble();
        if (type == CocoEval.IouType.BBOX) {
            double[] box = box(e.get("bbox"), at + ".bbox");
            return new Detection(id, image, category, box, box[2] * box[3], score, null);
        }
        Rle mask = mask(e.get("segmentation"), at + ".segmentation");
        double[] box = e.has("bbox") ? box(e.get("bbox"), at + ".bbox") : mask.bbox();
        return new Detection(id, image, category, box, mask.area(), score, mask);
    }

    private long integer(JsonNode e, String at, String field) {
        JsonNode v = e.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw error(at + "." + field, "expected an integer");
        }
        return v.asLong();
    }

    private double[] box(JsonNode b, String at) {
        if (b == null || !b.isArray() || b.size() != 4) {
            throw error(at, "expected [x, y, width, height]");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!b.get(i).isNumber()) {
                throw error(at + "[" + i + "]", "expected a number");
            }
            box[i] = b.get(i).asDouble();
        }
        if (box[2] < 0 || box[3] < 0) {
            throw error(at, "width and height must not be negative");
        }
        return box;
    }

    private Rle mask(JsonNode s, String at) {
        if (s == null || !s.isObject()) {
            throw error(at, "expected an RLE {size: [h, w], counts}");
        }
        JsonNode size = s.path("size");
        if (size.size() != 2 || size.get(0).asInt() != height || size.get(1).asInt() != width) {
            throw error(at + ".size", "expected [" + height + ", " + width + "] (the dataset's [height, width])");
        }
        JsonNode counts = s.get("counts");
        try {
            if (counts != null && counts.isTextual()) {
                return Rle.fromString(counts.asText(), height, width);
            }
            if (counts != null && counts.isArray()) {
                int[] c = new int[counts.size()];
                for (int i = 0; i < c.length; i++) {
                    if (!counts.get(i).isIntegralNumber()) {
                        throw error(at + ".counts[" + i + "]", "expected a run length");
                    }
                    c[i] = counts.get(i).asInt();
                }
                return Rle.fromCounts(c, height, width);
            }
        } catch (IllegalArgumentException bad) {
            throw error(at + ".counts", "bad RLE: " + bad.getMessage());
        }
        throw error(at + ".counts", "expected a compressed RLE string or a list of run lengths");
    }

    private DatasetError error(String at, String message) {
        return new DatasetError(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }
}
