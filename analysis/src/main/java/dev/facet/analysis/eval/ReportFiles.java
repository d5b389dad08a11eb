package dev.facet.analysis.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@link EvalReport} as eval.json and eval.csv, and renders it as a table. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes {@code dir}/eval.json and {@code dir}/eval.csv. */
    public static void write(EvalReport r, Path dir) {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("eval.json").toFile(), json(r));
            Files.writeString(dir.resolve("eval.csv"), csv(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> json(EvalReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", r.task());
        out.put("dataset", r.dataset());
        out.put("predictions_sha256", r.predictionsSha256());
        out.put("overall", r.overall());
        List<Object> slices = new ArrayList<>();
        for (EvalReport.SliceResult s : r.slices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.slice().key());
            m.put("bin", s.slice().bin());
            m.put("lo", s.slice().lo());
            m.put("hi", s.slice().hi());
            m.put("frames", s.frames());
            m.put("metrics", s.metrics());
            slices.add(m);
        }
        out.put("slices", slices);
        List<Object> frames = new ArrayList<>();
        for (EvalReport.FrameScore f : r.perFrame()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("frame", f.frame());
            m.put("score", f.score());
            Map<String, Object> params = new LinkedHashMap<>();
            f.params().forEach((k, v) -> params.put(k, v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) v.longValue() : v));
            m.put("params", params);
            frames.add(m);
        }
        out.put("per_frame", frames);
        return out;
    }

    /** The metric names of the report (those that are numbers), in order. */
    static List<String> columns(EvalReport r) {
        return r.overall().entrySet().stream().filter(e -> e.getValue() instanceof Number).map(Map.Entry::getKey).toList();
    }

    static String csv(EvalReport r) {
        List<String> cols = columns(r);
        StringBuilder b = new StringBuilder("key,bin,lo,hi,frames," + String.join(",", cols) + "\n");
        b.append("overall,all,,,").append(r.perFrame().size());
        cols.forEach(c -> b.append(',').append(r.overall().get(c)));
        b.append('\n');
        for (EvalReport.SliceResult s : r.slices()) {
            b.append(s.slice().key()).append(',').append(quoted(s.slice().bin())).append(',')
                    .append(s.slice().lo() == null ? "" : s.slice().lo()).append(',')
                    .append(s.slice().hi() == null ? "" : s.slice().hi()).append(',').append(s.frames());
            cols.forEach(c -> b.append(',').append(s.metrics().get(c)));
            b.append('\n');
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return s.contains(",") ? "\"" + s + "\"" : s;
    }

    /** A fixed-width table: one row for everything, one per slice; -1 (nothing to measure) shows as "-". */
    public static String table(EvalReport r) {
        List<String> cols = columns(r);
        StringBuilder b = new StringBuilder(String.format("%-14s %-18s %6s", "slice", "bin", "frames"));
        cols.forEach(c -> b.append(String.format(" %7s", c)));
        b.append('\n');
        row(b, "overall", "all", r.perFrame().size(), r.overall(), cols);
        for (EvalReport.SliceResult s : r.slices()) {
            row(b, s.slice().key(), s.slice().bin(), s.frames(), s.metrics(), cols);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String key, String bin, int frames, Map<String, Object> m, List<String> cols) {
        b.append(String.format("%-14s %-18s %6d", key, bin, frames));
        for (String c : cols) {
            double v = ((Number) m.get(c)).doubleValue();
            b.append(v < 0 ? String.format(" %7s", "-") : String.format(" %7.3f", v));
        }
        b.append('\n');
    }
}
