package dev.facet.engine.annotate;

import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.spi.RenderedFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Derives the semantic map, pixel counts and boxes of a frame from its instance image. */
public final class Annotator {
    private Annotator() {
    }

    public static Frame annotate(Scene scene, RenderedFrame pixels) {
        return annotate(scene, pixels, new int[pixels.instance().length]);
    }

    /** Annotates into {@code semantic}, a reusable buffer with one entry per pixel. */
    public static Frame annotate(Scene scene, RenderedFrame pixels, int[] semantic) {
        int maxId = 0;
        for (SceneObject o : scene.objects()) {
            maxId = Math.max(maxId, o.instanceId());
        }
        int[] categoryOf = new int[maxId + 1];
        for (SceneObject o : scene.objects()) {
            categoryOf[o.instanceId()] = o.category().id();
        }
        int w = pixels.width();
        int[] instance = pixels.instance();
        if (semantic.length != instance.length) {
            throw new IllegalArgumentException("semantic buffer has " + semantic.length + " entries, need " + instance.length);
        }
        long[] count = new long[maxId + 1];
        int[] minX = filled(maxId + 1, Integer.MAX_VALUE);
        int[] minY = filled(maxId + 1, Integer.MAX_VALUE);
        int[] maxX = filled(maxId + 1, -1);
        int[] maxY = filled(maxId + 1, -1);
        int h = pixels.height();
        // walk each row as runs of one id: ids come in long runs, so per-run work is cheap
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int x = 0;
            while (x < w) {
                int id = instance[row + x];
                int end = x + 1;
                while (end < w && instance[row + end] == id) {
                    end++;
                }
                if (id != 0) {
                    if (id < 0 || id > maxId || categoryOf[id] == 0) {
                        throw new IllegalStateException("pixel " + x + "," + y + " has instance id " + id
                                + ", which is not in the scene of frame " + scene.frame());
                    }
                    count[id] += end - x;
                    if (x < minX[id]) minX[id] = x;
                    if (end - 1 > maxX[id]) maxX[id] = end - 1;
                    if (y < minY[id]) minY[id] = y;
                    maxY[id] = y;
                }
                Arrays.fill(semantic, row + x, row + end, id == 0 ? 0 : categoryOf[id]);
                x = end;
            }
        }
        List<ObjectAnnotation> annotations = new ArrayList<>(scene.objects().size());
        for (SceneObject o : scene.objects()) {
            int id = o.instanceId();
            int[] bbox = count[id] == 0 ? null
                    : new int[] {minX[id], minY[id], maxX[id] - minX[id] + 1, maxY[id] - minY[id] + 1};
            annotations.add(new ObjectAnnotation(o, count[id], bbox));
        }
        return new Frame(scene, pixels, semantic, annotations);
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
