package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.Pixels;

/**
 * One frame's core files as decoded by the integrity check; a field is null when its file is
 * absent from the run's modalities or failed to decode (the integrity check reported it).
 */
record FrameData(long frame, FrameMeta meta, Pixels.Gray instance, Pixels.Gray semantic, Pixels.Floats depth) {
}
