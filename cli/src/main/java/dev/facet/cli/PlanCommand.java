package dev.facet.cli;

import dev.facet.scenarios.file.FileScenario;
import dev.facet.scenarios.sweep.SweepPlan;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code facet plan FILE}: the expanded sweep points and the frames of each, without rendering. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print a scenario file's sweep points and the frame range of each, without rendering.")
final class PlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A scenario file (.yaml, .yml, .json), a dataset.json, or a built-in name.")
    String file;

    @Override
    public Integer call() {
        FileScenario s = ScenarioChoice.file(file);
        SweepPlan plan = s.sweep();
        PrintStream out = System.out;
        if (!plan.swept()) {
            Long frames = s.defaults().frames();
            out.println("scenario '" + s.name() + "': no sweep; "
                    + (frames != null ? frames + " frames (0.." + (frames - 1) + ")" : "frames as --frames says (default 100)"));
            return 0;
        }
        out.println("scenario '" + s.name() + "': " + plan.points().size() + " points x " + plan.framesPerPoint()
                + " frames = " + plan.frames() + " frames");
        int width = String.valueOf(plan.frames() - 1).length();
        for (int i = 0; i < plan.points().size(); i++) {
            long first = (long) i * plan.framesPerPoint();
            long last = first + plan.framesPerPoint() - 1;
            Map<String, Object> params = SweepPlan.asParams(plan.points().get(i));
            out.printf("point %d  frames %" + width + "d..%" + width + "d  %s%n", i, first, last,
                    params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        }
        return 0;
    }
}
