package dev.facet.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Golden hashes: what a test produced, as (key, SHA-256) pairs, checked against a file kept
 * under the module's {@code src/test/resources/golden/}. A change of any output byte fails
 * the test and names the keys that changed. When a change is intended, rerun the tests with
 * {@code -Dfacet.golden.update=true} to rewrite the files, and say in the commit why.
 */
public final class Golden {
    private Golden() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks {@code actual} (key to hash) against the golden file {@code name}, or rewrites it in update mode. */
    public static void check(String name, Map<String, String> actual) {
        Map<String, String> sorted = new TreeMap<>(actual);
        if (Boolean.getBoolean("facet.golden.update")) {
            write(name, sorted);
            return;
        }
        Map<String, String> expected = read(name);
        List<String> problems = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(sorted.keySet());
        for (String key : keys) {
            String e = expected.get(key);
            String a = sorted.get(key);
            if (e == null) {
                problems.add("new: " + key);
            } else if (a == null) {
                problems.add("missing: " + key);
            } else if (!e.equals(a)) {
                problems.add("changed: " + key);
            }
        }
        if (!problems.isEmpty()) {
            fail("golden '" + name + "' differs in " + problems.size() + " of " + keys.size() + " entries (rerun with "
                    + "-Dfacet.golden.update=true only if the change is intended):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
        }
    }

    private static Map<String, String> read(String name) {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                fail("no golden file /golden/" + name + " on the test class path; create it with -Dfacet.golden.update=true");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                out.put(line.substring(0, space), line.substring(space + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void write(String name, Map<String, String> sorted) {
        StringBuilder text = new StringBuilder("# key sha256; rewrite with -Dfacet.golden.update=true\n");
        sorted.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
        try {
            Path file = Path.of("src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
