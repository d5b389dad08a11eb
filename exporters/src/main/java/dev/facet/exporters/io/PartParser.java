package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one part with Jackson's streaming parser, field by field, never building a tree: the
 * parts of a large dataset are read once each when it is assembled, and what is copied into a
 * run-level file unchanged (a mask's runs, a pose's numbers) is kept as the part's own text.
 * Every failure names the part and, for bad JSON, its line and column.
 */
public final class PartParser implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final byte[] bytes;
    private final JsonParser p;
    private final RunsOfIntegers runs;
    private int runsTaken;

    private PartParser(Path file, byte[] bytes, RunsOfIntegers runs) throws IOException {
        this.file = file;
        this.bytes = runs.rest();
        this.runs = runs;
        this.p = JSON.createParser(this.bytes);
    }

    /** Reads a part through {@code reader}, which is given the parser before the part's first token. */
    public static <T> T read(Path file, Reader<T> reader) throws IOException {
        return read(file, null, reader);
    }

    /**
     * As {@link #read(Path, Reader)}, the arrays of integers of the fields named {@code longField}
     * (a mask's runs: most of a part's bytes) cut out before the rest is parsed and handed to
     * {@link #intsAsWritten} as they are, so their numbers are checked byte by byte, never tokenized.
     */
    public static <T> T read(Path file, String longField, Reader<T> reader) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("the part " + file + " is missing", e);
        }
        RunsOfIntegers runs = RunsOfIntegers.cut(bytes, longField);
        if (runs == null) {
            throw new IOException("the part " + file + " is damaged: " + longField + " holds more than integers");
        }
        try (PartParser part = new PartParser(file, bytes, runs)) {
            T value = reader.read(part);
            if (part.p.nextToken() != null) {
                throw part.bad("more after the part's end");
            }
            if (part.runsTaken != runs.count()) {
                throw part.bad("'" + longField + "' where the part's objects are not");
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException("cannot read the part " + file + ": " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
    }

    /** Reads a part's content. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(PartParser part) throws IOException;
    }

    /** Steps into the object that starts here (the part itself, or a value just reached by {@link #nextField}). */
    public void startObject() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT && p.nextToken() != JsonToken.START_OBJECT) {
            throw bad("expected an object");
        }
    }

    /** The next field's name, positioned on its value; null at the end of the object. */
    public String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw bad("expected a field name");
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** Steps into the array that is the current value; then {@link #nextElement} until it returns false. */
    public void startArray() throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw bad("expected an array");
        }
    }

    /** Moves to the next element of the current array; false at its end. */
    public boolean nextElement() throws IOException {
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    /** Skips the current value, whatever it is (a field this reader does not use). */
    public void skip() throws IOException {
        p.skipChildren();
    }

    public long longValue() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, "an integer");
        return p.getLongValue();
    }

    public int intValue() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT, "an integer");
        return p.getIntValue();
    }

    /** The current number, integer or not. */
    public double doubleValue() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            expect(JsonToken.VALUE_NUMBER_FLOAT, "a number");
        }
        return p.getDoubleValue();
    }

    public String text() throws IOException {
        expect(JsonToken.VALUE_STRING, "a string");
        return p.getText();
    }

    public boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    /** The current array of integers. */
    public int[] ints() throws IOException {
        startArray();
        int[] v = new int[4];
        int n = 0;
        while (nextElement()) {
            if (n == v.length) {
                v = java.util.Arrays.copyOf(v, 2 * n);
            }
            v[n++] = intValue();
        }
        return n == v.length ? v : java.util.Arrays.copyOf(v, n);
    }

    /**
     * The current array of floating-point numbers as the part spells them (Java's shortest
     * round-trip form, as Jackson writes a double), so they are copied without being parsed.
     */
    public String[] decimals() throws IOException {
        startArray();
        java.util.List<String> v = new java.util.ArrayList<>(9);
        while (nextElement()) {
            expect(JsonToken.VALUE_NUMBER_FLOAT, "a number with a fraction or exponent");
            v.add(p.getText());
        }
        return v.toArray(String[]::new);
    }

    /** The current array of integers, as the part's bytes (checked to be integers, not parsed). */
    public RawJson intsAsWritten() throws IOException {
        startArray();
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (runsTaken < runs.count() && bytes[start + 1] == ']' && start == runs.at(runsTaken)) {
            p.nextToken();
            return runs.array(runsTaken++);
        }
        while (nextElement()) {
            expect(JsonToken.VALUE_NUMBER_INT, "an integer");
        }
        int end = (int) p.currentTokenLocation().getByteOffset() + 1;
        return new RawJson(bytes, start, end - start);
    }

    private void expect(JsonToken token, String what) throws IOException {
        if (p.currentToken() != token) {
            throw bad("expected " + what + ", got " + p.currentToken());
        }
    }

    /** An error naming the part, the field and where in it. */
    public IOException bad(String what) {
        JsonLocation at = p.currentTokenLocation();
        String field = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
        return new IOException("the part " + file + " is damaged: " + what + (field == null ? "" : " at '" + field + "'")
                + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
