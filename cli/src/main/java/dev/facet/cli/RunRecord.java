package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.engine.Version;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.registry.Exporters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What made a dataset's parts, {@code parts/run.json}: the scenario (and a hash of it), the
 * seed, the image size, the exporters with every option value, and the version. Every part of
 * a dataset must come from one such record: a resume, a shard or a merge whose record differs
 * is refused, naming the difference. The record also holds what {@code facet merge} needs to
 * assemble without loading the scenario (its resolved description and categories).
 */
final class RunRecord {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    /** The fields that must agree, in the order differences are named. */
    private static final List<String> IDENTITY = List.of("scenario_name", "scenario_sha256", "seed", "image_size",
            "exporters", "version");

    private final ObjectNode json;

    private RunRecord(ObjectNode json) {
        this.json = json;
    }

    /** @param given per exporter, the option values the run was given (raw); defaults are filled in here */
    static RunRecord of(Scenario scenario, long seed, ImageSize size, List<Exporter> exporters,
                        Map<String, Map<String, Object>> given) {
        ObjectNode n = JSON.createObjectNode();
        JsonNode described = JSON.valueToTree(scenario.describe());
        n.put("scenario_name", scenario.name());
        n.put("scenario_sha256", sha256(canonical(described)));
        n.put("seed", seed);
        n.putArray("image_size").add(size.width()).add(size.height());
        Map<String, Object> options = new LinkedHashMap<>();
        for (Exporter e : exporters) {
            options.put(e.name(), Exporters.options(e, given.getOrDefault(e.name(), Map.of())).values());
        }
        n.set("exporters", JSON.valueToTree(options));
        n.put("version", Version.VERSION);
        n.set("scenario", described);
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category c : scenario.categories()) {
            categories.add(Map.of("id", c.id(), "name", c.name()));
        }
        n.set("categories", JSON.valueToTree(categories));
        return new RunRecord(n);
    }

    static RunRecord parse(JsonNode json) {
        if (!(json instanceof ObjectNode o) || !o.has("scenario_sha256")) {
            throw new UserError("not a run record of facet parts: " + json);
        }
        return new RunRecord(o);
    }

    JsonNode json() {
        return json;
    }

    /** A hash of the fields that must agree: what each done record carries. */
    String id() {
        StringBuilder s = new StringBuilder();
        for (String field : IDENTITY) {
            s.append(field).append('=').append(canonical(json.path(field))).append('\n');
        }
        return sha256(s.toString()).substring(0, 16);
    }

    /** The differences from {@code other}, one phrase each, e.g. {@code seed 9 there, 10 here}; empty when they agree. */
    List<String> differences(RunRecord there) {
        List<String> diffs = new ArrayList<>();
        for (String field : IDENTITY) {
            String mine = canonical(json.path(field));
            String theirs = canonical(there.json.path(field));
            if (mine.equals(theirs)) {
                continue;
            }
            switch (field) {
                case "scenario_sha256" -> diffs.add("the scenario differs");
                case "exporters" -> diffs.addAll(exporterDifferences(json.path(field), there.json.path(field)));
                default -> diffs.add(field.replace('_', ' ') + " " + theirs + " there, " + mine + " here");
            }
        }
        return diffs;
    }

    /** Exporters run on one side only, and options that differ, e.g. {@code yolo task "detect" there, "segment" here}. */
    private static List<String> exporterDifferences(JsonNode mine, JsonNode theirs) {
        List<String> diffs = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>();
        mine.fieldNames().forEachRemaining(names::add);
        theirs.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!mine.has(name) || !theirs.has(name)) {
                diffs.add("exporter " + name + " runs only " + (mine.has(name) ? "here" : "there"));
                continue;
            }
            java.util.Set<String> options = new java.util.TreeSet<>();
            mine.path(name).fieldNames().forEachRemaining(options::add);
            theirs.path(name).fieldNames().forEachRemaining(options::add);
            for (String option : options) {
                String a = canonical(mine.path(name).path(option));
                String b = canonical(theirs.path(name).path(option));
                if (!a.equals(b)) {
                    diffs.add(name + " " + option + " " + b + " there, " + a + " here");
                }
            }
        }
        return diffs;
    }

    /** The dataset the parts make, for assembling the frames {@code range} in {@code out}. */
    DatasetInfo info(Path out, FrameRange range) {
        List<Category> categories = new ArrayList<>();
        json.path("categories").forEach(c -> categories.add(new Category(c.path("id").intValue(), c.path("name").textValue())));
        @SuppressWarnings("unchecked")
        Map<String, Object> scenario = JSON.convertValue(json.path("scenario"), Map.class);
        JsonNode size = json.path("image_size");
        return new DatasetInfo(out, json.path("scenario_name").textValue(), scenario, categories,
                json.path("seed").longValue(), range, new ImageSize(size.get(0).intValue(), size.get(1).intValue()),
                json.path("version").textValue());
    }

    /** The exporter names (core first) and their option values, as recorded. */
    Map<String, Map<String, Object>> exporters() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> m = JSON.convertValue(json.path("exporters"), LinkedHashMap.class);
        return m;
    }

    private static String canonical(JsonNode node) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(JSON.treeToValue(node, Object.class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
