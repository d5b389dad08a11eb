package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON value exactly as a part holds it (UTF-8 bytes, compact, as Jackson wrote it), copied
 * into a run-level file by {@link #writeTo} without being parsed and written again.
 */
public final class RawJson implements com.fasterxml.jackson.core.SerializableString {
    private final byte[] bytes;

    RawJson(byte[] source, int offset, int length) {
        this.bytes = Arrays.copyOfRange(source, offset, offset + length);
    }

    /** Writes the value as the current field's value (or the next array element) of {@code g}. */
    public void writeTo(JsonGenerator g) throws IOException {
        g.writeRawValue("");  // the separator before a value; then the value's own bytes
        g.writeRaw(this);
    }

    @Override
    public String getValue() {
        return new String(bytes, 0, bytes.length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return bytes.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int at) {
        if (at + bytes.length > buffer.length) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        return bytes.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int at) {
        String s = getValue();
        if (at + s.length() > buffer.length) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, at);
        return s.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, 0, bytes.length);
        return bytes.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < bytes.length) {
            return -1;
        }
        buffer.put(bytes, 0, bytes.length);
        return bytes.length;
    }

    // A raw value is never written as a string: the quoted forms are not needed.
    @Override
    public char[] asQuotedChars() {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int at) {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }

    @Override
    public int appendQuoted(char[] buffer, int at) {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw new UnsupportedOperationException("a raw JSON value is not a string");
    }
}
