package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.MetaObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code coco/annotations.json} against the core files: one annotation per visible object,
 * its box, area and category those of the meta file, and its RLE mask, decoded, exactly the
 * object's pixels in {@code instance}.
 */
final class CocoCheck {
    static final String CHECK = "coco";

    private final Findings findings;
    private final Path file;
    private final Map<Long, Map<Integer, JsonNode>> byFrame = new HashMap<>();
    private final Map<Long, JsonNode> images = new HashMap<>();

    private CocoCheck(Findings findings, Path file) {
        this.findings = findings;
        this.file = file;
    }

    /** The check, or null when the dataset has no coco output. */
    static CocoCheck of(Dataset dataset, Findings findings) {
        Path file = dataset.root().resolve("coco").resolve("annotations.json");
        if (!Files.isDirectory(file.getParent())) {
            return null;
        }
        findings.declare(CHECK);
        CocoCheck check = new CocoCheck(findings, file);
        try {
            JsonNode doc = Dataset.JSON.readTree(file.toFile());
            for (JsonNode im : doc.path("images")) {
                check.images.put(im.path("id").asLong(), im);
            }
            for (JsonNode a : doc.path("annotations")) {
                check.byFrame.computeIfAbsent(a.path("image_id").asLong(), k -> new HashMap<>())
                        .put(a.path("instance_id").asInt(), a);
            }
        } catch (IOException e) {
            findings.failed(CHECK, file, "does not parse: " + IntegrityCheck.firstLine(e));
            return null;
        }
        return check;
    }

    void check(FrameData f) {
        if (f.meta() == null) {
            return;
        }
        JsonNode image = images.get(f.frame());
        if (!findings.expect(image != null, CHECK, file, "no image with id " + f.frame())) {
            return;
        }
        Map<Integer, JsonNode> annotations = byFrame.getOrDefault(f.frame(), Map.of());
        for (MetaObject o : f.meta().objects()) {
            JsonNode a = annotations.get(o.instanceId());
            String who = "image " + f.frame() + " " + LabelCheck.describe(o);
            if (o.pixelCount() == 0) {
                findings.expect(a == null, CHECK, file, who + ": annotated but not visible");
                continue;
            }
            if (!findings.expect(a != null, CHECK, file, who + ": visible but has no annotation")) {
                continue;
            }
            int[] bbox = ints(a.path("bbox"));
            findings.expect(Arrays.equals(bbox, o.bbox()) && a.path("area").asLong() == o.pixelCount()
                    && a.path("category_id").asInt() == o.categoryId(), CHECK, file, who + ": bbox "
                    + Arrays.toString(bbox) + ", area " + a.path("area") + ", category " + a.path("category_id")
                    + " differ from meta " + Arrays.toString(o.bbox()) + ", " + o.pixelCount() + ", " + o.categoryId());
            if (f.instance() != null) {
                checkMask(f, o, a.path("segmentation"), who);
            }
        }
    }

    private void checkMask(FrameData f, MetaObject o, JsonNode rle, String who) {
        int w = f.instance().width();
        int h = f.instance().height();
        int[] ids = f.instance().samples();
        int[] counts = ints(rle.path("counts"));
        long at = 0;
        long total = (long) w * h;
        boolean inside = false;
        long wrong = 0;
        for (int run : counts) {
            for (long i = at; i < Math.min(total, at + run); i++) {
                int u = (int) (i / h);
                int v = (int) (i % h);
                if ((ids[v * w + u] == o.instanceId()) != inside) {
                    wrong++;
                }
            }
            at += run;
            inside = !inside;
        }
        boolean sized = rle.path("size").path(0).asInt() == h && rle.path("size").path(1).asInt() == w;
        findings.expect(sized && at == total && wrong == 0, CHECK, file, who + ": RLE mask differs from instance/"
                + " at " + wrong + " pixels (runs cover " + at + " of " + total + ")");
    }

    static int[] ints(JsonNode array) {
        int[] v = new int[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.path(i).asInt();
        }
        return v;
    }
}
