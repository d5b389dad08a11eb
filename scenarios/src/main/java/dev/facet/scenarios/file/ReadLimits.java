package dev.facet.scenarios.file;

/**
 * The limits on what Facet reads as scenario text, the same for {@code facet validate},
 * {@code plan} and {@code run} (they all read through {@link ScenarioLoader}): a file past
 * one of them is refused with one line that names the limit, in bounded time and memory.
 */
public final class ReadLimits {
    /** The largest scenario file (.yaml, .yml, .json): 4 MiB. */
    public static final long SCENARIO_BYTES = 4L << 20;
    /** The largest dataset.json read to run its scenario again: 16 MiB (it records the resolved scenario). */
    public static final long DATASET_BYTES = 16L << 20;
    /** The name the core exporter gives the file that records a run; it may be as large as {@link #DATASET_BYTES}. */
    public static final String DATASET_FILE = "dataset.json";
    /** How deeply mappings and lists may nest. */
    public static final int NESTING = 100;
    /** The longest line of a YAML file, in characters (the YAML reader slows down on longer ones). */
    public static final int YAML_LINE = 64 * 1024;

    private ReadLimits() {
    }

    /** The size limit for a file of this name. */
    static long bytesFor(String fileName) {
        return DATASET_FILE.equals(fileName) ? DATASET_BYTES : SCENARIO_BYTES;
    }

    /** A size in bytes as people read it: 4 MiB, 16 MiB, 512 KiB. */
    static String size(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
