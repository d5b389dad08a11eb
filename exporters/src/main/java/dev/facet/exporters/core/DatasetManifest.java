package dev.facet.exporters.core;

import dev.facet.engine.scene.Category;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The content of {@code dataset.json} after a run of the core exporter. */
record DatasetManifest(DatasetInfo info, long[] framesPresent, Set<Modality> outputs) {
    static final int FORMAT_VERSION = 1;

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format_version", FORMAT_VERSION);
        m.put("generator", ordered("name", "facet", "version", info.generatorVersion()));
        Map<String, Object> scenario = new TreeMap<>();
        info.scenario().forEach((k, v) -> scenario.put(k, sortedKeys(v)));
        scenario.putIfAbsent("name", info.scenarioName());
        m.put("scenario", scenario);
        m.put("seed", info.seed());
        m.put("frames", (long) framesPresent.length);
        // the planned frames, all present unless a merge allowed gaps (then listed as missing_frames)
        if (!info.frames().isEmpty()) {
            m.put("frame_range", List.of(info.frames().start(), info.frames().end() - 1));
        }
        List<List<Long>> gaps = FrameGaps.of(info.frames().start(), info.frames().end(), framesPresent);
        if (!gaps.isEmpty()) {
            m.put("missing_frames", gaps);
        }
        m.put("image_size", List.of(info.size().width(), info.size().height()));
        m.put("modalities", modalities(outputs));
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category c : info.categories()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("name", c.name());
            categories.add(entry);
        }
        m.put("categories", categories);
        m.put("shards", shards(gaps));
        return m;
    }

    /**
     * What the dataset was assembled from, the same for every split of its frames over
     * processes (the layout itself is in the shard records): whether every planned frame is
     * present, the gaps a merge with --allow-missing left, and where the parts' records are.
     */
    private static Map<String, Object> shards(List<List<Long>> gaps) {
        return ordered("complete", gaps.isEmpty(), "missing", gaps, "run", "parts/run.json", "records", "parts/shards");
    }

    /** The folders this run wrote, with their encoding and meaning; meta always. */
    private static Map<String, Object> modalities(Set<Modality> outputs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Modality.RGB.id(), ordered("format", "png", "dtype", "uint8", "channels", 3, "color_space", "sRGB"));
        m.put(Modality.INSTANCE.id(), ordered("format", "png", "dtype", "uint16",
                "meaning", "instance id, 0 = no object"));
        m.put(Modality.SEMANTIC.id(), ordered("format", "png", "dtype", "uint16",
                "meaning", "category id, 0 = no object"));
        m.put(Modality.DEPTH.id(), ordered("format", "npy", "dtype", "float32", "units", "metres",
                "meaning", "z-depth in the OpenCV camera frame, 0 = no surface"));
        m.put(Modality.AMODAL.id(), ordered("format", "json", "encoding", "coco_rle_uncompressed",
                "meaning", "per object: its unoccluded silhouette in the image (column-major RLE), pixel_count,"
                        + " pixel_count_all (the whole silhouette on the BOP canvas of 3x the image each way),"
                        + " visibility = visible pixels / pixel_count_all, bbox, bbox_all"));
        m.put(Modality.NORMALS.id(), ordered("format", "npy", "dtype", "float32", "channels", 3,
                "meaning", "surface normal in the OpenCV camera frame (x right, y down, z forward), unit length,"
                        + " toward the camera; interpolated vertex normal; 0 = no surface"));
        m.put(Modality.OBJECT_COORDS.id(), ordered("format", "npy", "dtype", "float32", "channels", 3,
                "meaning", "the point in its object's frame scaled per axis to the object's bounds, [0, 1];"
                        + " NaN = no object"));
        m.put(Modality.FLOW.id(), ordered("format", "npy", "dtype", "float32", "channels", 2, "units", "pixels",
                "meaning", "forward optical flow (du, dv) from step t to t+1 of the surface point under each pixel"
                        + " centre; 0 where flow_valid is 0"));
        m.put(Modality.FLOW_VALID.id(), ordered("format", "png", "dtype", "uint8",
                "meaning", "255 = flow valid, 0 = no object, or the point is outside the image or hidden at t+1"));
        m.put(Modality.DEPTH_NOISY.id(), ordered("format", "npy", "dtype", "float32", "units", "metres",
                "meaning", "z-depth as a depth sensor reads it (camera.depth_noise: noise growing with z^2, "
                        + "quantisation, dropout at depth edges; see meta camera.depth_noise), 0 = no reading"));
        m.keySet().retainAll(outputs.stream().map(Modality::id).toList());
        m.put(CoreLayout.META, ordered("format", "json"));
        return m;
    }

    /** The scenario's maps with their keys sorted, so the same scenario always reads the same. */
    private static Object sortedKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), sortedKeys(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(sortedKeys(v)));
            return copy;
        }
        return value;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
