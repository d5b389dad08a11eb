package dev.facet.inspect.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checks found: how many items each check confirmed, and every finding that does not hold. */
public final class Findings {
    private final Path root;
    private final Map<String, long[]> tally = new LinkedHashMap<>();  // check -> {held, failed}
    private final List<Finding> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = new ArrayList<>();

    Findings(Path root) {
        this.root = root;
    }

    /** Declares a check so that it is reported even when it had nothing to look at. */
    synchronized void declare(String check) {
        tally.computeIfAbsent(check, c -> new long[2]);
    }

    synchronized void held(String check) {
        tally.computeIfAbsent(check, c -> new long[2])[0]++;
    }

    synchronized void failed(String check, Path file, String message) {
        tally.computeIfAbsent(check, c -> new long[2])[1]++;
        failures.add(new Finding(check, relative(file), message));
    }

    /** Records {@code ok} as held, otherwise as a finding; returns ok. */
    boolean expect(boolean ok, String check, Path file, String message) {
        if (ok) {
            held(check);
        } else {
            failed(check, file, message);
        }
        return ok;
    }

    synchronized void note(String text) {
        notes.add(text);
    }

    String relative(Path file) {
        if (file == null) {
            return ".";
        }
        Path abs = file.toAbsolutePath();
        return abs.startsWith(root) ? root.relativize(abs).toString() : file.toString();
    }

    public synchronized Map<String, long[]> tally() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        tally.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public List<Finding> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public boolean allHeld() {
        return failures.isEmpty();
    }
}
