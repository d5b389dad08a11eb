package dev.facet.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One worker of a {@link WorkerPool}: a {@code facet run} child process and the thread reading its stderr. */
final class WorkerProcess {
    /** Variables a worker must not see: its shard and device come from its command line. */
    private static final List<String> HIDDEN = List.of(GpuChoice.VARIABLE, "JOB_COMPLETION_INDEX",
            "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "SLURM_ARRAY_TASK_COUNT");

    private final WorkerPool.Slot slot;
    private final Process process;
    private Thread reader;
    private volatile String error;

    private WorkerProcess(WorkerPool.Slot slot, Process process) {
        this.slot = slot;
        this.process = process;
    }

    static WorkerProcess start(WorkerPool.Slot slot, List<String> command, WorkerProgress progress,
            Set<String> shown, PrintStream err) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        HIDDEN.forEach(env::remove);
        env.put(Progress.VARIABLE, Progress.MACHINE);
        WorkerProcess w = new WorkerProcess(slot, pb.start());
        w.reader = new Thread(() -> {
            try {
                read(w.process, w, progress, shown, err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "facet-worker-" + slot.shard());
        w.reader.setDaemon(true);
        w.reader.start();
        return w;
    }

    WorkerPool.Slot slot() {
        return slot;
    }

    void await() throws InterruptedException {
        process.waitFor();
        reader.join();
    }

    int exitCode() {
        return process.exitValue();
    }

    void error(String message) {
        if (error == null) {
            error = message;
        }
    }

    /** The worker's own error line, or its exit code when it printed none. */
    String error() {
        return error != null ? error : "exit code " + process.exitValue();
    }

    /** Reads a worker's stderr: counts its progress lines, keeps its error, shows other lines once. */
    private static void read(Process p, WorkerProcess w, WorkerProgress progress, Set<String> shown,
            PrintStream err) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(Progress.TOTAL_LINE)) {
                    progress.reported(w, Long.parseLong(line.substring(Progress.TOTAL_LINE.length()).trim()));
                } else if (line.startsWith(Progress.FRAME_LINE)) {
                    progress.frame();
                } else if (line.startsWith("facet: error: ")) {
                    w.error(line.substring("facet: error: ".length()));
                } else if (!line.startsWith("facet: wrote ") && !line.startsWith("Try 'facet") && shown.add(line)) {
                    err.println(line.startsWith("facet: ") ? line : "facet: worker " + w.slot().shard() + ": " + line);
                }
            }
        } finally {
            progress.reportedNothing(w);
        }
    }
}
