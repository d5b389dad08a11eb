package dev.facet.scenarios.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps built from alternating keys and values, in the order given (kind tables, file forms). */
final class OrderedMaps {
    private OrderedMaps() {
    }

    /** An unmodifiable map that keeps the order its entries are given in. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> unmodifiable(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A modifiable map that keeps the order its entries are given in (a sampler's file form). */
    static Map<String, Object> mutable(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
