package dev.facet.cli;

import dev.facet.engine.spi.FrameRange;
import java.util.Map;

/**
 * One of {@code count} processes sharing a run's frames: shard {@code index} (from 0) renders
 * the contiguous block {@code [start + floor(i*F/N), start + floor((i+1)*F/N))} of the run's
 * F frames from {@code start}. Blocks cover the range without overlap and differ in size by at
 * most one; frame k is the same frame in every layout.
 */
record Shard(int index, int count) {
    static final Shard WHOLE = new Shard(0, 1);
    static final String SHARDS_VARIABLE = "FACET_SHARDS";

    Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new UserError("--shard I/N needs 0 <= I < N, got " + index + "/" + count);
        }
    }

    /** The frames of {@code run} this shard renders. */
    FrameRange block(FrameRange run) {
        long f = run.count();
        long from = Math.floorDiv((long) index * f, count);
        long to = Math.floorDiv((long) (index + 1) * f, count);
        return new FrameRange(run.start() + from, to - from);
    }

    /** The shard's name in file names, e.g. {@code s0002of0007}. */
    String label() {
        return String.format("s%04dof%04d", index, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** {@code I/N} as given to {@code --shard}. */
    static Shard parse(String text) {
        String[] p = text.trim().split("/", -1);
        try {
            if (p.length == 2) {
                return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UserError("--shard must be I/N with whole numbers, e.g. 2/7, got '" + text + "'");
    }

    /**
     * The shard of this process: {@code --shard} when given; else a Kubernetes Indexed Job's
     * {@code JOB_COMPLETION_INDEX} with N from {@code --shards} or {@code FACET_SHARDS}; else a Slurm
     * array task ({@code SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN} of {@code SLURM_ARRAY_TASK_COUNT});
     * else the whole run.
     */
    static Shard choose(String option, Integer shards, Map<String, String> env) {
        if (option != null) {
            Shard s = parse(option);
            if (shards != null && shards != s.count()) {
                throw new UserError("--shard " + option + " and --shards " + shards + " disagree");
            }
            return s;
        }
        String k8s = env.get("JOB_COMPLETION_INDEX");
        if (k8s != null && !k8s.isBlank()) {
            Integer n = shards != null ? shards : number(env, SHARDS_VARIABLE);
            if (n == null) {
                throw new UserError("JOB_COMPLETION_INDEX is set but the number of shards is not: give --shards N or "
                        + SHARDS_VARIABLE + " (the Job's completions)");
            }
            return new Shard(number(env, "JOB_COMPLETION_INDEX"), n);
        }
        Integer task = number(env, "SLURM_ARRAY_TASK_ID");
        if (task != null) {
            Integer n = number(env, "SLURM_ARRAY_TASK_COUNT");
            Integer min = number(env, "SLURM_ARRAY_TASK_MIN");
            if (n == null) {
                throw new UserError("SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not");
            }
            return new Shard(task - (min == null ? 0 : min), n);
        }
        if (shards != null) {
            throw new UserError("--shards " + shards + " needs the shard's index: --shard I/" + shards
                    + " or JOB_COMPLETION_INDEX");
        }
        return WHOLE;
    }

    private static Integer number(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UserError(name + " must be a whole number, got '" + v + "'");
        }
    }
}
