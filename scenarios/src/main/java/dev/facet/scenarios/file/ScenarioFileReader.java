package dev.facet.scenarios.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one guard on scenario files: the name says YAML or JSON, the path is a regular file
 * (not a directory, FIFO or device: checked before opening), no larger than
 * {@link ReadLimits#bytesFor}; the bytes are read through a bounded stream and must be UTF-8
 * text (a UTF-8 byte-order mark is dropped).
 */
final class ScenarioFileReader {
    static final String FILE_NAME = "(?i).*\\.(ya?ml|json)$";

    private ScenarioFileReader() {
    }

    /** The text of {@code file}, or a {@link ScenarioError} that says why it cannot be a scenario. */
    static String read(Path file) {
        String label = file.toString();
        if (!label.matches(FILE_NAME)) {
            throw new ScenarioError(label, 0, 0, "", "a scenario file ends in .yaml, .yml or .json");
        }
        long limit = ReadLimits.bytesFor(String.valueOf(file.getFileName()));
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ScenarioError(label, 0, 0, "", Files.isSymbolicLink(file) ? "a link to no file" : "no such file");
        } catch (IOException e) {
            throw new ScenarioError(label, 0, 0, "", "cannot read the file: " + reason(e));
        }
        if (!attributes.isRegularFile()) {
            throw new ScenarioError(label, 0, 0, "", "not a regular file (" + kind(file, attributes)
                    + "); a scenario is a .yaml, .yml or .json file");
        }
        if (attributes.size() > limit) {
            throw tooLarge(label, limit);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            throw new ScenarioError(label, 0, 0, "", "cannot read the file: " + reason(e));
        }
        if (bytes.length > limit) {
            throw tooLarge(label, limit);
        }
        return decode(label, bytes);
    }

    private static ScenarioError tooLarge(String label, long limit) {
        return new ScenarioError(label, 0, 0, "", "the file is larger than " + ReadLimits.size(limit)
                + ", the most a " + (limit == ReadLimits.DATASET_BYTES ? ReadLimits.DATASET_FILE : "scenario file")
                + " may hold");
    }

    private static String kind(Path file, BasicFileAttributes a) {
        String what = a.isDirectory() ? "a directory" : a.isOther() ? "a device, FIFO or socket" : "not a file";
        return Files.isSymbolicLink(file) ? "a link to " + what : what;
    }

    private static String reason(IOException e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Strict UTF-8: the first byte that is not UTF-8 is named with its line and offset. */
    static String decode(String label, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new ScenarioError(label, 1, 1, "", "the file is UTF-16 text; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ScenarioError(label, line, offset - lineStart + 1, "", String.format(
                    "the file is not UTF-8 text: byte 0x%02x at offset %d is not UTF-8; save the file as UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        try {
            CoderResult end = decoder.flush(out);
            if (end.isError()) {
                end.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new ScenarioError(label, 0, 0, "", "the file is not UTF-8 text");
        }
        return out.flip().toString();
    }
}
