package dev.facet.analysis.refine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The refinement report: per parameter and per pair, the mean error by bin and whether it matters. */
final class RefineReport {
    private RefineReport() {
    }

    static String text(Importance.Result r, Refinement next, int scored) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d frames scored; %d failing (worst quartile of the error): %s%n", scored,
                next.failing().size(), next.failing()));
        b.append(String.format("new sweep: %d points%n%n", next.points().size()));
        b.append("mean error by bin (higher = worse):\n");
        for (Importance.Parameter p : r.parameters()) {
            b.append(String.format("  %s: %s (one-way ANOVA F = %.3g, p = %.3g)%n", p.name(),
                    p.matters() ? "MATTERS" : "does not matter", p.f(), p.p()));
            for (Importance.Cell c : p.bins()) {
                b.append(String.format("    %-20s %8.4f  (%d frames)%n", c.bin(), c.mean(), c.frames()));
            }
        }
        for (Importance.Pair pair : r.pairs()) {
            b.append(String.format("%n  %s (rows) x %s (columns):%n", pair.first(), pair.second()));
            b.append(String.format("    %-20s", ""));
            pair.secondBins().forEach(x -> b.append(String.format(" %12s", x)));
            b.append('\n');
            for (int i = 0; i < pair.cells().length; i++) {
                b.append(String.format("    %-20s", pair.firstBins().get(i)));
                for (Importance.Cell c : pair.cells()[i]) {
                    b.append(c.frames() == 0 ? String.format(" %12s", "-") : String.format(" %12.4f", c.mean()));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    static Map<String, Object> json(Importance.Result r, Refinement next) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("failing_frames", next.failing());
        out.put("points", next.points());
        List<Object> params = new ArrayList<>();
        for (Importance.Parameter p : r.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("matters", p.matters());
            m.put("f", Double.isFinite(p.f()) ? p.f() : null);
            m.put("p", p.p());
            m.put("bins", cells(p.bins()));
            params.add(m);
        }
        out.put("parameters", params);
        List<Object> pairs = new ArrayList<>();
        for (Importance.Pair p : r.pairs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parameters", List.of(p.first(), p.second()));
            List<Object> cells = new ArrayList<>();
            for (Importance.Cell[] row : p.cells()) {
                cells.addAll(cells(List.of(row)));
            }
            m.put("bins", cells);
            pairs.add(m);
        }
        out.put("pairs", pairs);
        return out;
    }

    private static List<Object> cells(List<Importance.Cell> cells) {
        List<Object> out = new ArrayList<>();
        for (Importance.Cell c : cells) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bin", c.bin());
            m.put("mean_error", Double.isNaN(c.mean()) ? null : c.mean());
            m.put("frames", c.frames());
            out.add(m);
        }
        return out;
    }
}
