package dev.facet.cli;

import dev.facet.engine.spi.FrameRange;
import java.util.Map;

/**
 * One of {@code count} processes sharing a run's frames. The run's range is cut into units: its
 * frames one by one, or, for a scenario of sequences of L frames, its sequences (frame k is in
 * sequence k / L; the range's first and last sequence may be cut short by --start and --frames).
 * Shard {@code index} (from 0) renders the contiguous block of units
 * {@code [floor(i*U/N), floor((i+1)*U/N))} of the range's U units. Blocks cover the range without
 * overlap, never split a sequence, and differ by at most one unit (one frame, or one sequence);
 * a shard may be empty when N > U. Frame k is the same frame in every layout.
 */
record Shard(int index, int count) {
    static final Shard WHOLE = new Shard(0, 1);
    static final String SHARDS_VARIABLE = "FACET_SHARDS";

    Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new UserError("--shard I/N needs 0 <= I < N, got " + index + "/" + count);
        }
    }

    /** The frames of {@code run} this shard renders, frames standing alone. */
    FrameRange block(FrameRange run) {
        return block(run, 1);
    }

    /** The frames of {@code run} this shard renders, in whole sequences of {@code sequence} frames. */
    FrameRange block(FrameRange run, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a sequence has at least one frame, got " + sequence);
        }
        long firstCut = (run.start() / sequence + 1) * sequence;  // the first sequence boundary after the start
        long units = run.isEmpty() ? 0 : firstCut >= run.end() ? 1 : 1 + (run.end() - firstCut + sequence - 1) / sequence;
        long from = unitStart(run, firstCut, sequence, units, Math.floorDiv(index * units, count));
        long to = unitStart(run, firstCut, sequence, units, Math.floorDiv((index + 1) * units, count));
        return new FrameRange(from, to - from);
    }

    /** The first frame of unit {@code u} of the range (its end for u = units). */
    private static long unitStart(FrameRange run, long firstCut, int sequence, long units, long u) {
        return u == 0 ? run.start() : u >= units ? run.end() : firstCut + (u - 1) * sequence;
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
