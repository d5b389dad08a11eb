package dev.facet.cli;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.exporters.registry.Exporters;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code facet exporters}: the exporters on the classpath, one line each, with their options. */
@Command(name = "exporters", mixinStandardHelpOptions = true,
        description = "List the available exporters (for `facet run --export`) and their options.")
final class ExportersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Exporter> available = Exporters.available();
        int width = available.keySet().stream().mapToInt(String::length).max().orElse(4);
        for (Exporter e : available.values()) {
            out.printf("%-" + width + "s  %s%n", e.name(), e.description().isBlank() ? "(no description)" : e.description());
            for (var o : e.options().stream().sorted(java.util.Comparator.comparing(ExporterOption::name)).toList()) {
                out.printf("%-" + width + "s    %s VALUE  %s%n", "", ExportOptions.flag(e.name(), o.name()),
                        ExportOptions.help(o));
            }
        }
        out.flush();
        return 0;
    }
}
