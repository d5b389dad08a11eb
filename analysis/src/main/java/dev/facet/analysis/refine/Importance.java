package dev.facet.analysis.refine;

import dev.facet.analysis.eval.Bins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parameters the error depends on: the mean error per bin of every parameter, with a
 * one-way ANOVA over its bins (a parameter whose bins do not differ, p > {@link #ALPHA}, is
 * reported as not mattering), and the mean error per pair of bins for every pair of parameters.
 */
final class Importance {
    static final double ALPHA = 0.05;

    private Importance() {
    }

    /** One bin's mean error and frame count. */
    record Cell(String bin, double mean, int frames) {
    }

    record Parameter(String name, List<Cell> bins, double f, double p, boolean matters) {
    }

    record Pair(String first, String second, List<String> firstBins, List<String> secondBins, Cell[][] cells) {
    }

    record Result(List<Parameter> parameters, List<Pair> pairs) {
    }

    static Result of(Map<Long, Map<String, Double>> params, Map<Long, Double> errors, List<String> names, int bins) {
        Map<String, Bins> cuts = new LinkedHashMap<>();
        for (String name : names) {
            cuts.put(name, Bins.of(errors.keySet().stream().map(f -> params.get(f).get(name)).toList(), bins));
        }
        List<Parameter> out = new ArrayList<>();
        cuts.forEach((name, b) -> {
            List<Cell> cells = new ArrayList<>();
            List<double[]> groups = new ArrayList<>();
            for (Bins.Bin bin : b.bins()) {
                double[] g = errors.entrySet().stream().filter(e -> bin.holds(params.get(e.getKey()).get(name)))
                        .mapToDouble(Map.Entry::getValue).toArray();
                groups.add(g);
                cells.add(new Cell(bin.label(), mean(g), g.length));
            }
            Stats.Anova a = Stats.anova(groups);
            out.add(new Parameter(name, cells, a.f(), a.p(), a.p() <= ALPHA));
        });
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                pairs.add(pair(params, errors, names.get(i), cuts.get(names.get(i)), names.get(j), cuts.get(names.get(j))));
            }
        }
        return new Result(out, pairs);
    }

    private static Pair pair(Map<Long, Map<String, Double>> params, Map<Long, Double> errors, String a, Bins ba,
                             String b, Bins bb) {
        Cell[][] cells = new Cell[ba.bins().size()][bb.bins().size()];
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                Bins.Bin x = ba.bins().get(i);
                Bins.Bin y = bb.bins().get(j);
                double[] g = errors.entrySet().stream().filter(e -> x.holds(params.get(e.getKey()).get(a))
                        && y.holds(params.get(e.getKey()).get(b))).mapToDouble(Map.Entry::getValue).toArray();
                cells[i][j] = new Cell(x.label() + " x " + y.label(), mean(g), g.length);
            }
        }
        return new Pair(a, b, ba.bins().stream().map(Bins.Bin::label).toList(),
                bb.bins().stream().map(Bins.Bin::label).toList(), cells);
    }

    private static double mean(double[] g) {
        return g.length == 0 ? Double.NaN : java.util.Arrays.stream(g).sum() / g.length;
    }
}
