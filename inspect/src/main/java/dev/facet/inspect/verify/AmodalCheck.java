package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code amodal/NNNNNN.json} against the core files: every visible pixel of an object lies in its
 * amodal mask (RLE, decoded), the mask's pixel_count is its decoded size, no more than the whole
 * silhouette, and the meta's visibility is pixel_count / pixel_count_all.
 */
final class AmodalCheck {
    static final String CHECK = "amodal";

    private final Dataset dataset;
    private final Findings findings;

    private AmodalCheck(Dataset dataset, Findings findings) {
        this.dataset = dataset;
        this.findings = findings;
    }

    /** The check, or null when the dataset has no amodal masks. */
    static AmodalCheck of(Dataset dataset, Findings findings) {
        if (!Files.isDirectory(dataset.root().resolve(Layout.AMODAL))) {
            return null;
        }
        findings.declare(CHECK);
        return new AmodalCheck(dataset, findings);
    }

    void check(FrameData f) {
        Path file = dataset.file(Layout.AMODAL, f.frame());
        if (f.meta() == null || f.instance() == null
                || !findings.expect(Files.isRegularFile(file), CHECK, file, "missing")) {
            return;
        }
        Map<Integer, JsonNode> masks = new HashMap<>();
        try {
            Dataset.JSON.readTree(file.toFile()).path("objects").forEach(m -> masks.put(m.path("instance_id").asInt(), m));
        } catch (IOException e) {
            findings.failed(CHECK, file, "does not parse: " + IntegrityCheck.firstLine(e));
            return;
        }
        for (MetaObject o : f.meta().objects()) {
            JsonNode m = masks.get(o.instanceId());
            String who = "frame " + f.frame() + " " + LabelCheck.describe(o);
            if (m == null) {
                findings.expect(o.pixelCount() == 0, CHECK, file, who + ": visible but has no amodal mask");
                continue;
            }
            long all = m.path("pixel_count_all").asLong();
            long[] tally = decode(f, o.instanceId(), m.path("segmentation"));  // {in mask, visible outside the mask}
            findings.expect(tally[1] == 0 && tally[0] == m.path("pixel_count").asLong() && tally[0] <= all, CHECK, file,
                    who + ": " + tally[1] + " visible pixels outside the amodal mask; mask holds " + tally[0]
                            + ", pixel_count " + m.path("pixel_count") + ", pixel_count_all " + all);
            double expected = all == 0 ? 0 : (double) o.pixelCount() / all;
            findings.expect(Double.isNaN(o.visibility()) || Math.abs(o.visibility() - expected) < 1e-12, CHECK, file,
                    who + ": meta visibility " + o.visibility() + ", masks give " + expected);
        }
    }

    private static long[] decode(FrameData f, int id, JsonNode rle) {
        int[] ids = f.instance().samples();
        boolean[] mask = mask(rle, f.instance().width(), f.instance().height());
        long count = 0;
        long outside = 0;
        for (int p = 0; p < ids.length; p++) {
            count += mask[p] ? 1 : 0;
            outside += ids[p] == id && !mask[p] ? 1 : 0;
        }
        return new long[] {count, outside};
    }

    /** A COCO uncompressed RLE (column-major runs, first of background) as a row-major w x h mask. */
    static boolean[] mask(JsonNode rle, int w, int h) {
        boolean[] mask = new boolean[w * h];
        long at = 0;
        boolean inside = false;
        for (JsonNode run : rle.path("counts")) {
            for (long i = at; i < Math.min((long) w * h, at + run.asLong()); i++) {
                mask[(int) (i % h) * w + (int) (i / h)] = inside;
            }
            at += run.asLong();
            inside = !inside;
        }
        return mask;
    }
}
