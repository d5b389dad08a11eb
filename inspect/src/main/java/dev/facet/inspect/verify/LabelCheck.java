package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The meta file against the pixels: each object's {@code pixel_count} and {@code bbox_2d}
 * are those of its pixels in {@code instance}, and {@code semantic} holds, at every pixel,
 * the category of the instance there (0 where there is none).
 */
final class LabelCheck {
    static final String BBOX = "bbox";
    static final String PIXEL_COUNT = "pixel_count";
    static final String SEMANTIC = "semantic";

    private final Dataset dataset;
    private final Findings findings;

    LabelCheck(Dataset dataset, Findings findings) {
        this.dataset = dataset;
        this.findings = findings;
        for (String check : new String[] {BBOX, PIXEL_COUNT, SEMANTIC}) {
            findings.declare(check);
        }
    }

    void check(FrameData f) {
        if (f.meta() == null || f.instance() == null) {
            return;
        }
        int w = f.instance().width();
        int[] ids = f.instance().samples();
        Map<Integer, long[]> seen = new HashMap<>();  // id -> {count, minX, minY, maxX, maxY}
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] == 0) {
                continue;
            }
            int x = p % w;
            int y = p / w;
            long[] s = seen.computeIfAbsent(ids[p], id -> new long[] {0, x, y, x, y});
            s[0]++;
            s[1] = Math.min(s[1], x);
            s[2] = Math.min(s[2], y);
            s[3] = Math.max(s[3], x);
            s[4] = Math.max(s[4], y);
        }
        Path metaFile = dataset.file(Layout.META, f.frame());
        Map<Integer, Integer> categoryOf = new HashMap<>();
        for (MetaObject o : f.meta().objects()) {
            categoryOf.put(o.instanceId(), o.categoryId());
            long[] s = seen.remove(o.instanceId());
            long count = s == null ? 0 : s[0];
            int[] box = s == null ? null : new int[] {(int) s[1], (int) s[2], (int) (s[3] - s[1] + 1), (int) (s[4] - s[2] + 1)};
            findings.expect(o.pixelCount() == count, PIXEL_COUNT, metaFile, describe(o) + ": pixel_count "
                    + o.pixelCount() + " but " + Layout.INSTANCE + "/" + Layout.stem(f.frame()) + ".png has " + count);
            findings.expect(Arrays.equals(o.bbox(), box), BBOX, metaFile, describe(o) + ": bbox_2d "
                    + Arrays.toString(o.bbox()) + " but its pixels in instance/ span " + Arrays.toString(box));
        }
        for (Integer stray : seen.keySet()) {
            findings.failed(PIXEL_COUNT, dataset.file(Layout.INSTANCE, f.frame()),
                    "instance id " + stray + " appears in pixels but not among the meta objects");
        }
        if (f.semantic() != null) {
            checkSemantic(f, ids, categoryOf);
        }
    }

    private void checkSemantic(FrameData f, int[] ids, Map<Integer, Integer> categoryOf) {
        int[] sem = f.semantic().samples();
        int w = f.instance().width();
        int wrong = 0;
        int first = -1;
        for (int p = 0; p < ids.length; p++) {
            int expected = ids[p] == 0 ? 0 : categoryOf.getOrDefault(ids[p], -1);
            if (sem[p] != expected) {
                if (wrong++ == 0) {
                    first = p;
                }
            }
        }
        findings.expect(wrong == 0, SEMANTIC, dataset.file(Layout.SEMANTIC, f.frame()), wrong
                + " pixels differ from the category of their instance, first at (u, v) = (" + (first % w) + ", "
                + (first / w) + "): semantic " + (first < 0 ? 0 : sem[first]) + ", instance "
                + (first < 0 ? 0 : ids[first]));
    }

    static String describe(MetaObject o) {
        return "object " + o.instanceId() + " (" + o.name() + ")";
    }
}
