package dev.facet.cli;

import dev.facet.engine.Version;
import dev.facet.exporters.registry.Exporters;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code facet} command. */
@Command(name = "facet", mixinStandardHelpOptions = true, version = Version.NAME + " " + Version.VERSION,
        description = "Renders configurable scenes headless on the GPU and writes aligned RGB, "
                + "segmentation, depth and annotations.",
        subcommands = {RunCommand.class, ValidateCommand.class, PlanCommand.class, SchemaCommand.class,
                ExportersCommand.class, MergeCommand.class, DoctorCommand.class, PreviewCommand.class, BenchCommand.class,
                DeployCommand.class, VerifyCommand.class, ViewCommand.class,
                EvalCommand.class, RefineCommand.class,
                CommandLine.HelpCommand.class})
public final class Facet implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private JmeMeshLibrary meshes;

    /**
     * The one mesh library of this command line: scenario loading and the renderer share it,
     * so each mesh file is read once. Subcommands reach it as their parent command's.
     */
    JmeMeshLibrary meshes() {
        if (meshes == null) {
            meshes = new JmeMeshLibrary();
        }
        return meshes;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UserError("name a command, e.g. `facet run tabletop`");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Facet());
        ExportOptions.addTo(cli.getSubcommands().get("run").getCommandSpec(), Exporters.available());
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("facet: error: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return Failures.USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> Failures.report(ex, c.getErr()));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return Failures.outOfMemory(cli.getErr());
        }
    }
}
