package dev.facet.cli;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOption;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.DuplicateOptionAnnotationsException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Exporter options on the command line: every option {@code key} of an exporter {@code name}
 * on the classpath becomes {@code --name-key VALUE} of {@code facet run} (underscores written
 * as dashes), e.g. {@code --yolo-task segment}, {@code --webdataset-shard-size-mb 64}.
 */
final class ExportOptions {
    private ExportOptions() {
    }

    static String flag(String exporter, String key) {
        return "--" + exporter + "-" + key.replace('_', '-');
    }

    /** Adds the options of every available exporter to the {@code run} command. */
    static void addTo(CommandSpec run, Map<String, Exporter> available) {
        for (Exporter e : available.values()) {
            e.options().forEach(option -> {
                try {
                    run.addOption(OptionSpec.builder(flag(e.name(), option.name()))
                            .paramLabel("VALUE").type(String.class)
                            .description("Exporter " + e.name() + ": " + help(option))
                            .userObject(new Key(e.name(), option.name()))
                            .build());
                } catch (DuplicateOptionAnnotationsException clash) {
                    // two plug-ins spell an option alike: the first one keeps it
                }
            });
        }
    }

    /** An option's description with its default, as {@code facet exporters} and {@code --help} show it. */
    static String help(ExporterOption option) {
        Object d = option.defaultValue();
        String shown = d instanceof java.util.List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                : String.valueOf(d);
        return option.description() + (d == null ? "" : " (default " + shown + ")");
    }

    /** The exporter options given on the command line: exporter name to option name to value. */
    static Map<String, Map<String, String>> given(CommandSpec run) {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (OptionSpec o : run.options()) {
            if (o.userObject() instanceof Key k && o.getValue() != null) {
                options.computeIfAbsent(k.exporter(), x -> new LinkedHashMap<>()).put(k.option(), o.getValue());
            }
        }
        return options;
    }

    private record Key(String exporter, String option) {
    }
}
