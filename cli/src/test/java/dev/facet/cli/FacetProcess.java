package dev.facet.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Launches {@code dev.facet.cli.Facet} as a real, separate JVM with this test's classpath. */
final class FacetProcess {
    private FacetProcess() {
    }

    /** A finished process: exit code and what it wrote. */
    record Result(int exitCode, String stdout, String stderr) {
        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static ProcessBuilder builder(Path workDir, Map<String, String> env, String... args) {
        return builder(workDir, System.getProperty("java.class.path"), env, args);
    }

    static ProcessBuilder builder(Path workDir, String classpath, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add("dev.facet.cli.Facet");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().remove(GpuChoice.VARIABLE);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to completion (at most {@code timeoutSeconds}) and returns exit code and output. */
    static Result run(Path workDir, Map<String, String> env, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return run(workDir, System.getProperty("java.class.path"), env, timeoutSeconds, args);
    }

    /** As {@link #run(Path, Map, long, String...)} with the given class path. */
    static Result run(Path workDir, String classpath, Map<String, String> env, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("facet-out", ".txt");
        Path stderr = Files.createTempFile("facet-err", ".txt");
        try {
            Process p = builder(workDir, classpath, env, args)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("facet " + String.join(" ", args) + " did not finish in " + timeoutSeconds
                        + " s; stderr so far:\n" + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), 60, args);
    }
}
