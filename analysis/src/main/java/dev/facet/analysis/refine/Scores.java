package dev.facet.analysis.refine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.analysis.dataset.DatasetError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-frame errors (higher = worse), from a CSV {@code frame,score} whose score already is an
 * error (a loss), or from an eval.json whose per-frame scores are higher-is-better: there the
 * error is 1 - score, and frames scored -1 (nothing to measure) are left out.
 */
public final class Scores {
    private Scores() {
    }

    public static Map<Long, Double> csv(Path file) {
        List<String> lines = lines(file);
        Map<Long, Double> out = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || i == 0 && line.toLowerCase().startsWith("frame")) {
                continue;
            }
            String[] cells = line.split(",");
            try {
                if (cells.length != 2) {
                    throw new NumberFormatException();
                }
                out.put(Long.parseLong(cells[0].strip()), Double.parseDouble(cells[1].strip()));
            } catch (NumberFormatException e) {
                throw new DatasetError(file + ":" + (i + 1) + ": expected `frame,score` (an integer and a number), got '"
                        + line + "'");
            }
        }
        return out;
    }

    public static Map<Long, Double> evalJson(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetError(file + ": not a readable eval.json (" + e.getMessage() + ")");
        }
        if (!root.path("per_frame").isArray()) {
            throw new DatasetError(file + ": per_frame: expected the per-frame scores of `facet eval`");
        }
        Map<Long, Double> out = new TreeMap<>();
        for (JsonNode f : root.get("per_frame")) {
            double score = f.path("score").asDouble(-1);
            if (score >= 0) {
                out.put(f.path("frame").asLong(), 1 - score);
            }
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new DatasetError(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
