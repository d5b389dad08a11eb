package dev.facet.cli.bench;

import dev.facet.engine.Version;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures of one benchmark, in the order they were taken, printed as a table and as
 * one JSON line. Safe to add to from the run's threads (the memory samples are taken there).
 */
public final class Results {
    private final Map<String, Object> measures = Collections.synchronizedMap(new LinkedHashMap<>());

    void put(String measure, Object value) {
        measures.put(measure, value);
    }

    Object get(String measure) {
        return measures.get(measure);
    }

    /** The table, then the JSON line that starts with the version and the benchmark's setup. */
    public void print(PrintStream out, Setup setup) {
        out.printf("%-28s %s%n", "measure", "value");
        StringBuilder json = new StringBuilder("{\"version\":\"" + Version.VERSION + "\",\"width\":"
                + setup.size().width() + ",\"height\":" + setup.size().height() + ",\"objects\":" + setup.objects()
                + ",\"frames\":" + setup.frames());
        measures.forEach((k, v) -> {
            String shown = v instanceof Double d ? String.format("%.2f", d) : String.valueOf(v);
            out.printf("%-28s %s%n", k, shown);
            json.append(",\"").append(k).append("\":")
                    .append(v instanceof Double d ? String.format("%.3f", d) : v instanceof Number ? v : "\"" + v + "\"");
        });
        out.println(json.append('}'));
    }
}
