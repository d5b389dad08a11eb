package dev.facet.engine.spi;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run makes, as exporters learn it at its start.
 *
 * @param out the dataset's root folder
 * @param scenario the resolved scenario description (every default filled in), as plain
 *                 maps, lists, strings and numbers
 * @param frames the frames this run renders
 */
public record DatasetInfo(Path out, String scenarioName, Map<String, Object> scenario, List<Category> categories,
                          long seed, FrameRange frames, ImageSize size, String generatorVersion) {
    public DatasetInfo {
        scenario = Map.copyOf(scenario);
        categories = List.copyOf(categories);
    }
}
