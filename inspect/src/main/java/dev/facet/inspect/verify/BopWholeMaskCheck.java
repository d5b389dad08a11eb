package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import dev.facet.inspect.dataset.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BOP scene's {@code mask/NNNNNN_MMMMMM.png} against the core files: 0 or 255, holding every
 * pixel instance/ gives the object (so mask_visib), its count the meta's amodal_pixel_count, and,
 * when the run wrote {@code amodal/}, equal pixel by pixel to the object's amodal mask (empty
 * for an object that file does not list).
 */
final class BopWholeMaskCheck {
    static final String CHECK = "bop-mask-whole";

    private BopWholeMaskCheck() {
    }

    static void check(Findings findings, Dataset dataset, Path scene, FrameData f) {
        Map<Integer, boolean[]> amodal = amodal(findings, dataset, f);
        String stem = Layout.stem(f.frame());
        List<MetaObject> objects = f.meta().objects();
        for (int i = 0; i < objects.size(); i++) {
            Path file = scene.resolve("mask").resolve(stem + "_" + Layout.stem(i) + ".png");
            try {
                check(findings, file, f, objects.get(i), Pixels.gray(file).samples(), amodal);
            } catch (IOException e) {
                findings.failed(CHECK, file, IntegrityCheck.firstLine(e));
            }
        }
    }

    private static void check(Findings findings, Path file, FrameData f, MetaObject o, int[] mask,
                              Map<Integer, boolean[]> amodal) {
        int[] ids = f.instance().samples();
        String who = "frame " + f.frame() + " " + LabelCheck.describe(o);
        if (mask.length != ids.length) {
            findings.failed(CHECK, file, who + ": " + mask.length + " pixels, instance/ " + ids.length);
            return;
        }
        boolean[] core = amodal == null ? null : amodal.getOrDefault(o.instanceId(), new boolean[mask.length]);
        long count = 0;
        long odd = 0;
        long visibleOutside = 0;
        long differ = 0;
        for (int p = 0; p < mask.length; p++) {
            count += mask[p] == 255 ? 1 : 0;
            odd += mask[p] != 0 && mask[p] != 255 ? 1 : 0;
            visibleOutside += ids[p] == o.instanceId() && mask[p] != 255 ? 1 : 0;
            differ += core != null && core[p] != (mask[p] == 255) ? 1 : 0;
        }
        long expected = o.raw().path("amodal_pixel_count").asLong(count);
        findings.expect(odd == 0 && visibleOutside == 0 && differ == 0 && count == expected, CHECK, file, who + ": "
                + odd + " values neither 0 nor 255, " + visibleOutside + " visible pixels outside the mask, "
                + differ + " pixels differ from amodal/; mask holds " + count + ", meta amodal_pixel_count " + expected);
    }

    /** The frame's amodal masks by instance id, or null when the run wrote no amodal/ (or it does not read). */
    private static Map<Integer, boolean[]> amodal(Findings findings, Dataset dataset, FrameData f) {
        Path file = dataset.file(Layout.AMODAL, f.frame());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Map<Integer, boolean[]> masks = new HashMap<>();
        try {
            for (JsonNode m : Dataset.JSON.readTree(file.toFile()).path("objects")) {
                masks.put(m.path("instance_id").asInt(),
                        AmodalCheck.mask(m.path("segmentation"), f.instance().width(), f.instance().height()));
            }
        } catch (IOException e) {
            findings.failed(CHECK, file, "does not parse: " + IntegrityCheck.firstLine(e));
            return null;
        }
        return masks;
    }
}
