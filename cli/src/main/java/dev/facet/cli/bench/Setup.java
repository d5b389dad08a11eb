package dev.facet.cli.bench;

import dev.facet.engine.scene.ImageSize;

/**
 * What a benchmark measures: {@code frames} frames per stage of {@code size}, each showing
 * the ground and {@code objects} primitives; with {@code fullOnly} only the whole pipeline.
 */
public record Setup(int frames, ImageSize size, int objects, boolean fullOnly) {
}
