package dev.facet.exporters.webdataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One frame as a webdataset sample: members named {@code NNNNNN.<ext>} (key = the six-digit
 * frame number), in a fixed order.
 */
record FrameSample(String key, Map<String, byte[]> members) {
    FrameSample {
        members = new LinkedHashMap<>(members);
    }

    long bytes() {
        long n = 0;
        for (byte[] b : members.values()) {
            n += 512 + (b.length + 511) / 512 * 512L;  // tar header + padded data
        }
        return n;
    }
}
