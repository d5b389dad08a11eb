package dev.facet.engine.scene;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Decoded assets (meshes, textures) by source, least recently used first out, held within a
 * budget of estimated bytes. An entry larger than the whole budget is still held (a frame
 * needs it) until the next entry arrives. Evicted values go to {@code onEvict} (the renderer
 * frees their GPU copies there). Counts hits, misses and evictions for {@code facet bench}.
 * Thread-safe: callers {@link #get}, load on a miss, then {@link #put}.
 *
 * <p>The budget: {@value #BUDGET_VARIABLE} (MiB) in the environment, else {@link #DEFAULT_BUDGET_MIB} MiB.
 *
 * @param <V> the decoded value
 */
public final class AssetCache<V> {
    /** The environment variable that sets the budget in MiB. */
    public static final String BUDGET_VARIABLE = "FACET_ASSET_CACHE_MB";
    /** The budget of each of the renderer's two caches (meshes, textures) when the environment sets none. */
    public static final long DEFAULT_BUDGET_MIB = 512;

    private final long budget;
    private final ToLongFunction<V> weigher;
    private final Consumer<V> onEvict;
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    private record Entry<V>(V value, long bytes) {
    }

    /** What the cache holds and has done: for benchmarks and reports. */
    public record Stats(int entries, long bytes, long budget, long hits, long misses, long evictions) {
    }

    public AssetCache(long budgetBytes, ToLongFunction<V> weigher, Consumer<V> onEvict) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("the cache budget must be >= 0 bytes, got " + budgetBytes);
        }
        this.budget = budgetBytes;
        this.weigher = weigher;
        this.onEvict = onEvict;
    }

    /**
     * The budget in bytes from {@value #BUDGET_VARIABLE} (whole MiB, at least 0), else the default.
     *
     * @throws BadBudget when the variable is set but is not a whole number >= 0
     */
    public static long budgetFromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_BUDGET_MIB << 20;
        }
        try {
            long mib = Long.parseLong(value.trim());
            if (mib >= 0 && mib < (1L << 40)) {
                return mib << 20;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadBudget(BUDGET_VARIABLE + " must be a whole number of MiB >= 0, got '" + value + "'");
    }

    /** The budget from the process's environment ({@link #budgetFromEnvironment(String)}). */
    public static long budgetFromEnvironment() {
        return budgetFromEnvironment(System.getenv(BUDGET_VARIABLE));
    }

    /** A budget setting that is not a number of MiB: the user's mistake (exit 2). */
    public static final class BadBudget extends IllegalArgumentException implements dev.facet.engine.spi.UserMistake {
        BadBudget(String message) {
            super(message);
        }
    }

    /** The value held for {@code source}, or null (a miss, counted). */
    public synchronized V get(String source) {
        Entry<V> e = entries.get(source);
        if (e == null) {
            misses++;
            return null;
        }
        hits++;
        return e.value;
    }

    /** Holds {@code value} as the most recently used, evicting the least recently used past the budget. */
    public synchronized void put(String source, V value) {
        long size = Math.max(0, weigher.applyAsLong(value));
        Entry<V> old = entries.put(source, new Entry<>(value, size));
        if (old != null) {
            bytes -= old.bytes;
            if (old.value != value) {
                onEvict.accept(old.value);
            }
        }
        bytes += size;
        Iterator<Map.Entry<String, Entry<V>>> it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Map.Entry<String, Entry<V>> eldest = it.next();
            if (eldest.getKey().equals(source)) {
                continue;
            }
            it.remove();
            bytes -= eldest.getValue().bytes;
            evictions++;
            onEvict.accept(eldest.getValue().value);
        }
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), bytes, budget, hits, misses, evictions);
    }

    /** Evicts everything (each value goes to {@code onEvict}). */
    public synchronized void clear() {
        entries.values().forEach(e -> onEvict.accept(e.value));
        entries.clear();
        bytes = 0;
    }
}
