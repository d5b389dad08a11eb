package dev.facet.scenarios.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scene.ImageSize;
import dev.facet.scenarios.spec.FieldPath;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset.json read to run its scenario again: the resolved scenario it records (at
 * {@link #AT}) and the run's seed, frames and image size as the new run's defaults.
 */
record DatasetReplay(JsonNode scenario, RunDefaults defaults) {
    /** Where a dataset.json keeps the resolved scenario. */
    static final FieldPath AT = FieldPath.ROOT.field("scenario");

    /** The replay when {@code text} is a dataset.json rather than a scenario file. */
    static Optional<DatasetReplay> of(ParsedText text) {
        JsonNode tree = text.tree();
        if (!(tree.has("format_version") && tree.has("scenario") && !tree.has("facet"))) {
            return Optional.empty();
        }
        RunDefaults defaults = defaults(text);
        if (!tree.get("scenario").isObject()) {
            throw text.error(AT, "expected the resolved scenario of the run");
        }
        return Optional.of(new DatasetReplay(tree.get("scenario"), defaults));
    }

    private static RunDefaults defaults(ParsedText text) {
        JsonNode dataset = text.tree();
        Long seed = whole(dataset.path("seed"));
        JsonNode range = dataset.path("frame_range");
        Long start = null;
        Long frames = whole(dataset.path("frames"));
        if (range.size() == 2 && whole(range.get(0)) != null && whole(range.get(1)) != null) {
            start = range.get(0).asLong();
            frames = range.get(1).asLong() - start + 1;
        }
        JsonNode size = dataset.path("image_size");
        ImageSize s = null;
        if (!size.isMissingNode()) {
            if (size.size() != 2 || !size.get(0).canConvertToInt() || !size.get(1).canConvertToInt()
                    || !ImageSize.fits(size.get(0).asInt(), size.get(1).asInt())) {
                throw text.error(FieldPath.ROOT.field("image_size"), "expected [width, height] in 1.." + ImageSize.MAX);
            }
            s = new ImageSize(size.get(0).asInt(), size.get(1).asInt());
        }
        return new RunDefaults(seed, start, frames, s, null, Map.of());
    }

    /** The whole number {@code node} holds, or null when it holds none. */
    private static Long whole(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? Long.valueOf(node.asLong()) : null;
    }
}
