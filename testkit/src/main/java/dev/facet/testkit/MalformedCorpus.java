package dev.facet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus of malformed scenario files (scenarios/src/test/resources/malformed): its
 * {@code index.tsv} lists, tab-separated, each file with the line:column, field path ("-"
 * for none) and problem of the one-line error it must give. The scenarios module runs the
 * corpus through the loader, the cli through {@code facet run} and {@code facet validate}.
 */
public final class MalformedCorpus {
    private MalformedCorpus() {
    }

    /** One malformed file and what it must say. */
    public record Case(String file, String lineColumn, String path, String problem) {
        /** The error text for the file named {@code label}: {@code label:L:C: path: problem}. */
        public String expected(String label) {
            return label + ":" + lineColumn + ": " + ("-".equals(path) ? "" : path + ": ") + problem;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    public static List<Case> cases(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("index.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new Case(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
