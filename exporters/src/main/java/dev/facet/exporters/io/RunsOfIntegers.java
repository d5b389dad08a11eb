package dev.facet.exporters.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A part's long arrays of integers cut out of it: every {@code "FIELD":[...]} as the compact
 * writer spells it is found by its bytes, its content checked to be integers (digits, a sign,
 * single commas) and kept as {@link RawJson}, and left in the rest as {@code []}. A JSON string
 * cannot hold the field's spelling (its quotes would be escaped), so what is found is the field.
 */
final class RunsOfIntegers {
    private static final RunsOfIntegers NONE = new RunsOfIntegers(null, new int[0], new RawJson[0]);

    private final byte[] rest;
    private final int[] at;
    private final RawJson[] arrays;

    private RunsOfIntegers(byte[] rest, int[] at, RawJson[] arrays) {
        this.rest = rest;
        this.at = at;
        this.arrays = arrays;
    }

    /** The arrays of {@code field} in {@code part}, or null when one holds more than integers. */
    static RunsOfIntegers cut(byte[] part, String field) {
        if (field == null) {
            return new RunsOfIntegers(part, NONE.at, NONE.arrays);
        }
        byte[] key = ("\"" + field + "\":[").getBytes(StandardCharsets.UTF_8);
        byte[] rest = new byte[part.length];
        int[] at = new int[16];
        RawJson[] arrays = new RawJson[16];
        int n = 0;
        int from = 0;
        int written = 0;
        for (int k = indexOf(part, key, 0); k >= 0; k = indexOf(part, key, from)) {
            int open = k + key.length - 1;
            int close = closing(part, open + 1);
            if (close < 0) {
                return null;
            }
            if (n == at.length) {
                at = Arrays.copyOf(at, 2 * n);
                arrays = Arrays.copyOf(arrays, 2 * n);
            }
            System.arraycopy(part, from, rest, written, open + 1 - from);
            written += open + 1 - from;
            at[n] = written - 1;  // where the '[' lies in the rest
            arrays[n++] = new RawJson(part, open, close + 1 - open);
            from = close;  // the ']' stays
        }
        System.arraycopy(part, from, rest, written, part.length - from);
        written += part.length - from;
        return new RunsOfIntegers(Arrays.copyOf(rest, written), Arrays.copyOf(at, n), Arrays.copyOf(arrays, n));
    }

    /** The index of the ']' closing an array of integers whose content starts at {@code i}; -1 if it holds more. */
    private static int closing(byte[] b, int i) {
        boolean digitBefore = false;
        for (; i < b.length; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if (c == ',' && digitBefore) {
                digitBefore = false;
            } else if (c == '-' && !digitBefore && (b[i - 1] == '[' || b[i - 1] == ',')) {
                continue;
            } else if (c == ']' && (digitBefore || b[i - 1] == '[')) {
                return i;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, byte[] key, int from) {
        byte first = key[0];
        for (int i = from; i <= b.length - key.length; i++) {
            if (b[i] == first && Arrays.equals(b, i, i + key.length, key, 0, key.length)) {
                return i;
            }
        }
        return -1;
    }

    byte[] rest() {
        return rest;
    }

    int count() {
        return at.length;
    }

    /** Where the i-th array's '[' lies in the rest. */
    int at(int i) {
        return at[i];
    }

    RawJson array(int i) {
        return arrays[i];
    }
}
