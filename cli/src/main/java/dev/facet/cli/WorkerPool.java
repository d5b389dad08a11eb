package dev.facet.cli;

import dev.facet.renderer.egl.DeviceMapping;
import dev.facet.renderer.egl.EglDevices;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facet run --gpus all|0,1,3} and {@code --workers K}: one {@code facet run} child
 * process per worker (per listed GPU, times K), each rendering shard i of N into the same
 * --out, their progress counted into one bar, then {@code facet merge OUT}. A failed worker
 * fails the run with its message; the frames already written stay for {@code --resume}.
 */
final class WorkerPool {
    private static final Set<String> POOL_OPTIONS = Set.of("--gpus", "--workers", "--gpu");
    private static final int MAX_WORKERS = 256;

    private final List<String> runArgs;
    private final List<Integer> gpus;
    private final int perDevice;
    private final Path out;
    private final PrintStream err;

    /** One worker's slot: its shard number and the GPU it renders on (null: the default one). */
    record Slot(int shard, Integer gpu) {
    }

    private WorkerPool(List<String> runArgs, List<Integer> gpus, int perDevice, Path out, PrintStream err) {
        this.runArgs = runArgs;
        this.gpus = gpus;
        this.perDevice = perDevice;
        this.out = out;
        this.err = err;
    }

    /**
     * A pool for the run command line {@code runArgs} (what followed {@code run}).
     *
     * @param gpus the value of --gpus ("all" or a list), or null for the one device of --gpu
     * @param workers the value of --workers (processes per device), or null for one
     * @param gpu the value of --gpu, or null
     */
    static WorkerPool of(List<String> runArgs, String gpus, Integer workers, Integer gpu, Path out, PrintStream err) {
        for (String a : runArgs) {
            String name = a.split("=", 2)[0];
            if (name.equals("--shard") || name.equals("--shards")) {
                throw new UserError("--gpus and --workers split the run into shards themselves; drop " + name);
            }
        }
        if (workers != null && (workers < 1 || workers > MAX_WORKERS)) {
            throw new UserError("--workers must lie in 1.." + MAX_WORKERS + ", got " + workers);
        }
        List<Integer> devices = gpus == null ? Collections.singletonList(gpu) : parseGpus(gpus);
        int perDevice = workers == null ? 1 : workers;
        if (devices.size() * perDevice > MAX_WORKERS) {
            throw new UserError("at most " + MAX_WORKERS + " workers, asked for " + devices.size() * perDevice);
        }
        return new WorkerPool(runArgs, devices, perDevice, out, err);
    }

    private static List<Integer> parseGpus(String gpus) {
        int visible = DeviceMapping.visibleCount(EglDevices.query().devices(),
                System.getenv(DeviceMapping.CUDA_VISIBLE_DEVICES));
        List<Integer> list = new ArrayList<>();
        if (gpus.equals("all")) {
            for (int g = 0; g < visible; g++) {
                list.add(g);
            }
        } else {
            for (String s : gpus.split(",")) {
                int g;
                try {
                    g = Integer.parseInt(s.trim());
                } catch (NumberFormatException e) {
                    throw new UserError("--gpus is 'all' or a list of device numbers such as 0,1,3; got '" + gpus + "'");
                }
                if (g < 0 || g >= visible) {
                    throw new UserError("--gpus " + gpus + ": device " + g + " is not visible; " + visible
                            + " device(s) are (see `facet doctor`)");
                }
                if (list.contains(g)) {
                    throw new UserError("--gpus " + gpus + " names device " + g + " twice");
                }
                list.add(g);
            }
        }
        if (list.isEmpty()) {
            throw new UserError("--gpus " + gpus + ": no device is visible (see `facet doctor`)");
        }
        return list;
    }

    /** The arguments that followed {@code run} on this command line. */
    static List<String> runArgs(CommandSpec run) {
        List<String> args = new ArrayList<>(run.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals(run.name())) {
            args.remove(0);
        }
        return args;
    }

    /** The workers' slots: shard i of N, GPU by GPU. */
    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (Integer g : gpus) {
            for (int k = 0; k < perDevice; k++) {
                slots.add(new Slot(slots.size(), g));
            }
        }
        return slots;
    }

    /** The arguments of a worker's {@code facet run}: the parent's, less the pool's options, plus its shard. */
    static List<String> childArgs(List<String> runArgs, Slot slot, int shards, Path out) {
        List<String> args = new ArrayList<>();
        boolean hasOut = false;
        for (int i = 0; i < runArgs.size(); i++) {
            String a = runArgs.get(i);
            String name = a.split("=", 2)[0];
            if (POOL_OPTIONS.contains(name)) {
                if (!a.contains("=")) {
                    i++;
                }
                continue;
            }
            hasOut |= name.equals("--out");
            args.add(a);
        }
        if (!hasOut) {
            args.addAll(List.of("--out", out.toString()));
        }
        if (slot.gpu() != null) {
            args.addAll(List.of("--gpu", slot.gpu().toString()));
        }
        args.addAll(List.of("--shard", slot.shard() + "/" + shards));
        return args;
    }

    /** Runs the workers, then the merge; returns the exit code of the whole run. */
    int run() throws IOException, InterruptedException {
        List<Slot> slots = slots();
        long t0 = System.nanoTime();
        err.println("facet: rendering " + slots.size() + " shards in " + slots.size() + " worker processes"
                + (gpus.get(0) == null ? "" : " on GPU(s) " + gpus) + " into " + out);
        List<WorkerProcess> workers = new ArrayList<>();
        Set<String> shown = ConcurrentHashMap.newKeySet();
        WorkerProgress progress = new WorkerProgress(err, slots.size());
        for (Slot s : slots) {
            List<String> cmd = new ArrayList<>(javaCommand());
            cmd.add("run");
            cmd.addAll(childArgs(runArgs, s, slots.size(), out));
            workers.add(WorkerProcess.start(s, cmd, progress, shown, err));
        }
        progress.startWhenAllReported();
        for (WorkerProcess w : workers) {
            w.await();
        }
        long frames = progress.close();
        for (WorkerProcess w : workers) {
            if (w.exitCode() != 0) {
                err.println("facet: error: worker " + w.slot().shard() + " (shard " + w.slot().shard() + "/"
                        + slots.size() + (w.slot().gpu() == null ? "" : ", gpu " + w.slot().gpu()) + ") failed: "
                        + w.error() + "; the frames written so far are kept: run the same command with --resume");
                return w.exitCode() > 0 && w.exitCode() < 128 ? w.exitCode() : 1;
            }
        }
        int merged = merge();
        if (merged != 0) {
            return merged;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf("facet: wrote %d frame%s to %s with %d workers in %.1f s (%.1f frames/s)%n", frames,
                frames == 1 ? "" : "s", out, slots.size(), seconds, frames / seconds);
        return 0;
    }

    private int merge() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(javaCommand());
        cmd.addAll(List.of("merge", out.toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            err.println("facet: error: merging the shards in " + out + " failed (exit " + code
                    + "); run `facet merge " + out + "` again");
        }
        return code;
    }

    /** This JVM's binary, heap limit and class path, running {@code dev.facet.cli.Facet}. */
    static List<String> javaCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xms")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Facet.class.getName()));
        return cmd;
    }
}
