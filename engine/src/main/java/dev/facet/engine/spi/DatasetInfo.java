package dev.facet.engine.spi;

import dev.facet.engine.scene.Category;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an exporter learns at the start of a run.
 *
 * @param out the dataset's root folder
 * @param scenario the resolved scenario description (every default filled in), as plain
 *                 maps, lists, strings and numbers
 * @param firstFrame index of the first frame of this run
 * @param frameCount how many frames this run renders
 */
public record DatasetInfo(Path out, String scenarioName, Map<String, Object> scenario, long seed,
                          long firstFrame, long frameCount, int width, int height,
                          List<Category> categories, String generatorVersion) {
    public DatasetInfo {
        scenario = Map.copyOf(scenario);
        categories = List.copyOf(categories);
    }
}
