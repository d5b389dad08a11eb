package dev.facet.cli;

import dev.facet.scenarios.file.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code facet schema}: the JSON Schema of scenario files, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (also in docs/scenario.schema.json).")
final class SchemaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(ScenarioSchema.json());
        System.out.flush();
        return 0;
    }
}
