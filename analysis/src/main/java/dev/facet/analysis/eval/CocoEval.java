package dev.facet.analysis.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * COCO detection or instance-segmentation evaluation as pycocotools' COCOeval does it with
 * its default parameters (IoU .50:.05:.95, 101 recall thresholds, maxDets 1/10/100, the four
 * area ranges, categories used), over any subset of the images and under any
 * {@link ObjectFilter} (a slice), which narrows every area range.
 */
public final class CocoEval {
    /** What the IoU is computed on. */
    public enum IouType { BBOX, SEGM }

    private record Key(long image, int category) {
    }

    private final List<Integer> categories;
    private final Map<Key, List<GroundTruth>> gts = new HashMap<>();
    private final Map<Key, List<Detection>> dts = new HashMap<>();
    private final Map<Key, double[][]> ious = new HashMap<>();

    /** Groups the objects by image and category and computes every IoU once (computeIoU). */
    public CocoEval(IouType type, Collection<Integer> categories, List<GroundTruth> gts, List<Detection> dts) {
        this.categories = List.copyOf(new TreeSet<>(categories));
        gts.forEach(g -> this.gts.computeIfAbsent(new Key(g.image(), g.category()), k -> new ArrayList<>()).add(g));
        dts.forEach(d -> this.dts.computeIfAbsent(new Key(d.image(), d.category()), k -> new ArrayList<>()).add(d));
        int limit = CocoParams.MAX_DETS[CocoParams.MAX_DETS.length - 1];
        this.dts.replaceAll((k, list) -> {
            List<Detection> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble(d -> -d.score()));  // stable, as mergesort
            return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
        });
        for (Key k : union()) {
            List<GroundTruth> g = this.gts.getOrDefault(k, List.of());
            List<Detection> d = this.dts.getOrDefault(k, List.of());
            double[][] m = new double[d.size()][g.size()];
            for (int i = 0; i < d.size(); i++) {
                for (int j = 0; j < g.size(); j++) {
                    m[i][j] = type == IouType.BBOX ? BoxIou.iou(d.get(i).bbox(), g.get(j).bbox(), g.get(j).crowd())
                            : Rle.iou(d.get(i).mask(), g.get(j).mask(), g.get(j).crowd());
                }
            }
            ious.put(k, m);
        }
    }

    private List<Key> union() {
        List<Key> keys = new ArrayList<>(gts.keySet());
        dts.keySet().stream().filter(k -> !gts.containsKey(k)).forEach(keys::add);
        return keys;
    }

    /** The metrics over {@code images} and every category. */
    public CocoMetrics evaluate(Collection<Long> images, ObjectFilter slice) {
        return evaluate(images, slice, categories);
    }

    /** The metrics over {@code images} and {@code categories}, counting only the objects {@code slice} keeps. */
    public CocoMetrics evaluate(Collection<Long> images, ObjectFilter slice, Collection<Integer> categories) {
        List<Long> imageIds = List.copyOf(new TreeSet<>(images));
        List<Integer> cats = List.copyOf(new TreeSet<>(categories));
        int a = CocoParams.AREAS.size();
        int m = CocoParams.MAX_DETS.length;
        Accumulation[][][] acc = new Accumulation[cats.size()][a][m];
        for (int k = 0; k < cats.size(); k++) {
            for (int ai = 0; ai < a; ai++) {
                List<ImageEval> evals = imageEvals(imageIds, cats.get(k), slice.and(CocoParams.AREAS.get(ai)));
                for (int mi = 0; mi < m; mi++) {
                    acc[k][ai][mi] = evals.isEmpty() ? null : Accumulation.of(evals, CocoParams.MAX_DETS[mi]);
                }
            }
        }
        Map<Integer, Map<String, Double>> perCategory = new LinkedHashMap<>();
        for (int k = 0; k < cats.size(); k++) {
            perCategory.put(cats.get(k), Summary.of(new Accumulation[][][] {acc[k]}));
        }
        return new CocoMetrics(Summary.of(acc), perCategory);
    }

    private List<ImageEval> imageEvals(List<Long> images, int category, ObjectFilter filter) {
        List<ImageEval> out = new ArrayList<>();
        for (long image : images) {
            Key key = new Key(image, category);
            List<GroundTruth> g = gts.getOrDefault(key, List.of());
            List<Detection> d = dts.getOrDefault(key, List.of());
            if (!g.isEmpty() || !d.isEmpty()) {
                out.add(ImageEval.of(g, d, ious.get(key), filter));
            }
        }
        return out;
    }
}
