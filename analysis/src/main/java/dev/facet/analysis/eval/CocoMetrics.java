package dev.facet.analysis.eval;

import java.util.Map;

/**
 * The twelve-number COCO summary minus the per-size recalls: AP, AP50, AP75, APs, APm, APl,
 * AR1, AR10, AR100 (in that order, -1 where nothing counts), overall and per category id.
 */
public record CocoMetrics(Map<String, Double> overall, Map<Integer, Map<String, Double>> perCategory) {

    public double get(String name) {
        return overall.get(name);
    }
}
