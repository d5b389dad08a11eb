package dev.facet.cli;

import dev.facet.engine.scenario.RunDefaults;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.FrameRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one run, merged in one place: the command line wins over what the
 * scenario declares ({@link RunDefaults}), which wins over Facet's defaults
 * ({@link FrameRange#DEFAULT_COUNT} frames from 0, seed 0, {@link ImageSize#DEFAULT}).
 *
 * @param exporters the exporter names to run besides core, in order: the scenario's, then the command line's
 * @param exporterOptions per exporter, option name to raw value (the command line's text over the scenario's value)
 */
record RunSettings(long seed, FrameRange frames, ImageSize size, List<String> exporters,
                   Map<String, Map<String, Object>> exporterOptions) {

    /** What the command line gave; null where it said nothing. */
    record Given(Long seed, Long start, Long frames, Integer width, Integer height, List<String> exporters,
                 Map<String, Map<String, String>> exporterOptions) {
    }

    static RunSettings merge(String scenario, Given cli, RunDefaults declared) {
        long frames = first(cli.frames(), declared.frames(), FrameRange.DEFAULT_COUNT);
        long start = first(cli.start(), declared.start(), 0L);
        long seed = first(cli.seed(), declared.seed(), 0L);
        ImageSize fallback = declared.size() != null ? declared.size() : ImageSize.DEFAULT;
        int width = cli.width() != null ? cli.width() : fallback.width();
        int height = cli.height() != null ? cli.height() : fallback.height();
        if (frames < 1) {
            throw new UserError("--frames must be at least 1, got " + frames);
        }
        if (start < 0) {
            throw new UserError("--start must not be negative, got " + start);
        }
        if (frames > FrameRange.LIMIT - start) {  // start >= 0 here, so this cannot overflow
            throw new UserError("frame numbers have six digits: --start + --frames must not exceed " + FrameRange.LIMIT);
        }
        if (!ImageSize.fits(width, height)) {
            throw new UserError("--width and --height must lie in 1.." + ImageSize.MAX + ", got " + width + "x" + height);
        }
        Long limit = declared.frameLimit();
        if (limit != null && start + frames > limit) {
            throw new UserError("the sweep of '" + scenario + "' has " + limit + " frames (0.." + (limit - 1)
                    + "); --start + --frames must not exceed that");
        }
        List<String> names = new ArrayList<>(declared.exports().keySet());
        names.addAll(cli.exporters());
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        declared.exports().forEach((name, opts) -> options.put(name, new LinkedHashMap<>(opts)));
        cli.exporterOptions().forEach((name, opts) -> options.computeIfAbsent(name, x -> new LinkedHashMap<>()).putAll(opts));
        options.values().removeIf(Map::isEmpty);
        return new RunSettings(seed, new FrameRange(start, frames), new ImageSize(width, height), names, options);
    }

    private static long first(Long given, Long declared, long fallback) {
        return given != null ? given : declared != null ? declared : fallback;
    }
}
