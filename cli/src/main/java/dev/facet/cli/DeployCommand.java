package dev.facet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facet deploy k8s|slurm SCENARIO --shards N}: prints a farm template of deploy/
 * filled in, which renders the scenario in N shards, one GPU each, and then merges them.
 * Values that would break the template's YAML or shell quoting are refused.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Print a farm template filled in: a Kubernetes Indexed Job (k8s) or a Slurm job array (slurm) "
                + "that renders SCENARIO in --shards N shards, one GPU each, then merges them.")
final class DeployCommand implements Callable<Integer> {
    /** Letters, digits and . _ / + = : @ % , - : nothing that YAML double quotes or shell single quotes treat. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/+=:@%,-]+");
    /** Words that need no quotes in a shell line. */
    private static final Pattern SAFE_BARE = Pattern.compile("[A-Za-z0-9._/=:,-]+");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9._/:@-]+");
    /** A DNS label, short enough for the "-merge" and "-data" the template adds. */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,48}[a-z0-9])?");
    private static final Set<String> SET_BY_TEMPLATE = Set.of("--out", "--shards", "--shard", "--resume", "--gpus",
            "--workers", "--gpu");

    @Parameters(index = "0", paramLabel = "TARGET", description = "k8s or slurm.")
    String target;

    @Parameters(index = "1", paramLabel = "SCENARIO", description = "What `facet run` renders, as the farm sees it.")
    String scenario;

    @Parameters(index = "2..*", paramLabel = "RUN_OPTION",
            description = "Further `facet run` options after --, e.g. -- --frames 100000 --export coco.")
    List<String> runOptions = new ArrayList<>();

    @Option(names = "--shards", required = true, paramLabel = "N", description = "Number of shards: tasks, one GPU each.")
    int shards;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "facet:latest",
            description = "Container image built from deploy/Dockerfile (k8s; default: ${DEFAULT-VALUE}).")
    String image;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Dataset folder on the shared volume (default: /data/out for k8s, out/NAME for slurm).")
    String out;

    @Option(names = "--gpus-per-task", paramLabel = "G", defaultValue = "1",
            description = "GPUs per task (default: ${DEFAULT-VALUE}; one shard renders on one GPU).")
    int gpusPerTask;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "facet",
            description = "Job name, a DNS label (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--parallelism", paramLabel = "P",
            description = "Shards that run at once on k8s (default: all of them).")
    Integer parallelism;

    @Override
    public Integer call() {
        boolean k8s = switch (target) {
            case "k8s" -> true;
            case "slurm" -> false;
            default -> throw new UserError("deploy: the target is k8s or slurm, got '" + target + "'");
        };
        check();
        String dir = out != null ? out : k8s ? "/data/out" : "out/" + name;
        safe("--out", dir);
        List<String> run = new ArrayList<>(List.of("facet", "run", scenario, "--out", dir, "--shards",
                Integer.toString(shards), "--resume"));
        run.addAll(runOptions);
        List<String> merge = List.of("facet", "merge", dir);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NAME", name);
        values.put("SHARDS", Integer.toString(shards));
        values.put("LAST_SHARD", Integer.toString(shards - 1));
        values.put("GPUS", Integer.toString(gpusPerTask));
        if (k8s) {
            values.put("IMAGE", image);
            values.put("PARALLELISM", Integer.toString(parallelism == null ? shards : parallelism));
            values.put("VOLUME", volume(dir));
            values.put("RUN_COMMAND", yamlList(run));
            values.put("MERGE_COMMAND", yamlList(merge));
        } else {
            values.put("RUN_LINE", shellLine(run));
            values.put("MERGE_LINE", shellLine(merge));
        }
        System.out.print(FarmTemplate.fill(k8s ? "k8s.yaml" : "slurm.sh", values));
        System.out.flush();
        return 0;
    }

    private void check() {
        if (shards < 1 || shards > 100_000) {
            throw new UserError("--shards must lie in 1..100000, got " + shards);
        }
        if (gpusPerTask != 1) {
            throw new UserError("--gpus-per-task: only 1 is supported (each shard renders on one GPU); "
                    + "ask for more --shards instead, got " + gpusPerTask);
        }
        if (parallelism != null && (parallelism < 1 || parallelism > shards)) {
            throw new UserError("--parallelism must lie in 1.." + shards + ", got " + parallelism);
        }
        if (!DNS_LABEL.matcher(name).matches()) {
            throw new UserError("--name must be a DNS label of at most 50 characters (a-z, 0-9 and '-', "
                    + "not at either end), got '" + name + "'");
        }
        if (!IMAGE.matcher(image).matches()) {
            throw new UserError("--image must be an image reference (letters, digits, . _ / : @ -), got '" + image + "'");
        }
        safe("SCENARIO", scenario);
        for (String option : runOptions) {
            if (!SAFE.matcher(option).matches()) {
                throw new UserError("run option '" + option + "' has characters that would break the template's quoting");
            }
            if (SET_BY_TEMPLATE.contains(option.split("=", 2)[0])) {
                throw new UserError("run option '" + option + "' is set by the template: "
                        + SET_BY_TEMPLATE.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    private static void safe(String what, String value) {
        if (!SAFE.matcher(value).matches() || value.startsWith("-")) {
            throw new UserError(what + " '" + value + "' has characters that would break the template's quoting "
                    + "(allowed: letters, digits and . _ / + = : @ % , -, not first)");
        }
    }

    /** The folder the volume is mounted on: the parent of the dataset folder, never the root. */
    private static String volume(String dir) {
        Path p = Path.of(dir).normalize();
        if (!p.isAbsolute() || p.getParent() == null || p.getParent().getParent() == null) {
            throw new UserError("--out for k8s must be an absolute path below a folder of its own "
                    + "(the volume is mounted on that folder), e.g. /data/out; got '" + dir + "'");
        }
        return p.getParent().toString();
    }

    private static String yamlList(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }

    private static String shellLine(List<String> words) {
        return words.stream().map(w -> SAFE_BARE.matcher(w).matches() ? w : "'" + w + "'")
                .collect(Collectors.joining(" "));
    }
}
