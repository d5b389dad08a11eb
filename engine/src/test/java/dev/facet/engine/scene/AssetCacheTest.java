package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetCacheTest {
    final List<byte[]> evicted = new ArrayList<>();
    final AssetCache<byte[]> cache = new AssetCache<>(100, b -> b.length, evicted::add);

    @Test
    void leastRecentlyUsedGoesFirstOncePastTheBudget() {
        byte[] a = new byte[40];
        byte[] b = new byte[40];
        byte[] c = new byte[40];
        cache.put("a", a);
        cache.put("b", b);
        assertSame(a, cache.get("a"));  // a is now the most recently used
        cache.put("c", c);              // 120 > 100: b goes
        assertEquals(List.of(b), evicted);
        assertNull(cache.get("b"));
        assertSame(a, cache.get("a"));
        assertSame(c, cache.get("c"));
        AssetCache.Stats s = cache.stats();
        assertEquals(2, s.entries());
        assertEquals(80, s.bytes());
        assertEquals(3, s.hits());
        assertEquals(1, s.misses());
        assertEquals(1, s.evictions());
    }

    @Test
    void anEntryLargerThanTheBudgetStaysUntilTheNextArrives() {
        byte[] big = new byte[500];
        cache.put("small", new byte[10]);
        cache.put("big", big);
        assertSame(big, cache.get("big"), "a frame that needs it gets it");
        assertEquals(1, cache.stats().entries());
        cache.put("next", new byte[10]);
        assertNull(cache.get("big"));
        assertEquals(10, cache.stats().bytes());
    }

    @Test
    void replacingAndClearingHandTheOldValuesBack() {
        byte[] first = new byte[10];
        cache.put("k", first);
        cache.put("k", new byte[20]);
        assertEquals(List.of(first), evicted);
        assertEquals(20, cache.stats().bytes());
        cache.clear();
        assertEquals(2, evicted.size());
        assertEquals(0, cache.stats().bytes());
    }

    @Test
    void theBudgetComesFromTheEnvironmentInMiB() {
        assertEquals(AssetCache.DEFAULT_BUDGET_MIB << 20, AssetCache.budgetFromEnvironment(null));
        assertEquals(64L << 20, AssetCache.budgetFromEnvironment(" 64 "));
        assertEquals(0, AssetCache.budgetFromEnvironment("0"));
        AssetCache.BadBudget e = assertThrows(AssetCache.BadBudget.class, () -> AssetCache.budgetFromEnvironment("lots"));
        assertEquals("FACET_ASSET_CACHE_MB must be a whole number of MiB >= 0, got 'lots'", e.getMessage());
        assertThrows(AssetCache.BadBudget.class, () -> AssetCache.budgetFromEnvironment("-1"));
    }
}
