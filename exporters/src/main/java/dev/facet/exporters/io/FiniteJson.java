package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * A JSON generator that refuses to write NaN or an infinity: JSON has no such numbers, and
 * Jackson would write the strings "NaN" and "Infinity" instead. Every JSON file Facet
 * writes goes through it, so a broken value fails its frame naming the field rather than
 * leaving a string where readers expect a number.
 */
public final class FiniteJson extends JsonGeneratorDelegate {
    private final String document;

    private FiniteJson(JsonGenerator g, String document) {
        super(g, false);  // writeObject too goes through writeNumber here
        this.document = document;
    }

    /** {@code g}, guarded; {@code document} names the file in the error. */
    public static JsonGenerator guard(JsonGenerator g, String document) {
        return new FiniteJson(g, document);
    }

    @Override
    public void writeNumber(double v) throws IOException {
        finite(v);
        super.writeNumber(v);
    }

    @Override
    public void writeArray(double[] values, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            finite(values[i]);
        }
        super.writeArray(values, offset, length);
    }

    @Override
    public void writeNumber(float v) throws IOException {
        finite(v);
        super.writeNumber(v);
    }

    private void finite(double v) throws IOException {
        if (!Double.isFinite(v)) {
            String field = getOutputContext().getCurrentName();
            throw new NonFiniteNumber("refusing to write " + v + " into " + document
                    + (field != null ? " (field '" + field + "')" : "") + ": JSON numbers are finite");
        }
    }

    /** Thrown instead of writing NaN or an infinity. */
    public static final class NonFiniteNumber extends IOException {
        NonFiniteNumber(String message) {
            super(message);
        }
    }
}
