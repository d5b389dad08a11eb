package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import dev.facet.inspect.dataset.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The numbers behind the report's charts: instances and pixels per category, object size
 * (pixel count) and distance (camera z of the object's centre), visibility when the meta has
 * it, a sampled depth histogram, and how many frames each sweep parameter value has.
 * Statistics come from at most {@link #MAX_FRAMES} evenly spaced frames.
 */
final class DatasetCharts {
    static final int MAX_FRAMES = 5000;
    static final int DEPTH_FRAMES = 32;
    static final int DEPTH_PIXELS_PER_FRAME = 2048;

    private final Map<String, long[]> perCategory = new TreeMap<>();  // name -> {instances, pixels}
    private final Histogram size = Histogram.withCapacity(1 << 20);
    private final Histogram distance = Histogram.withCapacity(1 << 20);
    private final Histogram visibility = Histogram.withCapacity(1 << 20);
    private final Histogram depth = Histogram.withCapacity(DEPTH_FRAMES * DEPTH_PIXELS_PER_FRAME);
    private final Map<String, Map<String, Long>> params = new TreeMap<>();
    private int framesRead;

    /** Parameter values in numeric order where both are numbers, else in text order. */
    static final Comparator<String> VALUE_ORDER = (a, b) -> {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b)) != 0
                    ? Double.compare(Double.parseDouble(a), Double.parseDouble(b)) : a.compareTo(b);
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    };

    static ObjectNode of(Dataset dataset) throws IOException {
        DatasetCharts charts = new DatasetCharts();
        for (long frame : FrameSample.of(dataset.frames(), MAX_FRAMES)) {
            charts.add(dataset.meta(frame));
        }
        if (dataset.has(Layout.DEPTH)) {
            for (long frame : FrameSample.of(dataset.frames(), DEPTH_FRAMES)) {
                charts.addDepth(dataset, frame);
            }
        }
        return charts.json(dataset.frames().size());
    }

    private void add(FrameMeta meta) {
        framesRead++;
        for (MetaObject o : meta.objects()) {
            if (o.pixelCount() == 0) {
                continue;
            }
            long[] c = perCategory.computeIfAbsent(o.category(), k -> new long[2]);
            c[0]++;
            c[1] += o.pixelCount();
            size.add(o.pixelCount());
            double[] centre = o.centre();
            distance.add(meta.toCamera(centre[0], centre[1], centre[2])[2]);
            visibility.add(o.visibility());
        }
        for (Map.Entry<String, JsonNode> p : meta.params().entrySet()) {
            params.computeIfAbsent(p.getKey(), k -> new TreeMap<>(VALUE_ORDER)).merge(p.getValue().asText(), 1L, Long::sum);
        }
    }

    private void addDepth(Dataset dataset, long frame) throws IOException {
        if (!Files.isRegularFile(dataset.file(Layout.DEPTH, frame))) {
            return;
        }
        float[] d = Pixels.npy(dataset.file(Layout.DEPTH, frame)).values();
        SplittableRandom random = new SplittableRandom(frame);
        for (int i = 0; i < DEPTH_PIXELS_PER_FRAME && d.length > 0; i++) {
            float v = d[random.nextInt(d.length)];
            if (v > 0) {
                depth.add(v);
            }
        }
    }

    private ObjectNode json(int framesInDataset) {
        ObjectNode n = Dataset.JSON.createObjectNode();
        n.put("frames_read", framesRead);
        n.put("frames_in_dataset", framesInDataset);
        String[] names = perCategory.keySet().toArray(String[]::new);
        long[] instances = perCategory.values().stream().mapToLong(c -> c[0]).toArray();
        long[] pixels = perCategory.values().stream().mapToLong(c -> c[1]).toArray();
        n.set("instances", Histogram.node(names, instances));
        n.set("pixels", Histogram.node(names, pixels));
        n.set("size", size.powersOfTwo());
        n.set("distance", distance.linear(20));
        if (!visibility.isEmpty()) {
            n.set("visibility", visibility.linear(10));
        }
        if (!depth.isEmpty()) {
            n.set("depth", depth.linear(30));
        }
        ObjectNode coverage = n.putObject("params");
        params.forEach((key, counts) -> coverage.set(key, Histogram.node(counts.keySet().toArray(String[]::new),
                counts.values().stream().mapToLong(Long::longValue).toArray())));
        return n;
    }
}
