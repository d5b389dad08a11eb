package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FiniteJsonTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private JsonGenerator guarded() throws IOException {
        return FiniteJson.guard(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), "test.json");
    }

    @Test
    void finiteNumbersAreWrittenAsBefore() throws IOException {
        try (JsonGenerator g = guarded()) {
            g.writeStartObject();
            g.writeNumberField("a", 0.25);
            g.writeFieldName("b");
            g.writeArray(new double[] {1, 2.5}, 0, 2);
            g.writeFieldName("c");
            g.writeObject(3.0);
            g.writeEndObject();
        }
        assertEquals("{\"a\":0.25,\"b\":[1.0,2.5],\"c\":3.0}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nanInAFieldIsRefusedNamingTheField() throws IOException {
        JsonGenerator g = guarded();
        g.writeStartObject();
        IOException e = assertThrows(FiniteJson.NonFiniteNumber.class, () -> g.writeNumberField("world_to_camera", Double.NaN));
        assertTrue(e.getMessage().contains("test.json") && e.getMessage().contains("'world_to_camera'"), e.getMessage());
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("NaN"));
    }

    @Test
    void infinitiesInArraysAndObjectsAreRefused() throws IOException {
        JsonGenerator g = guarded();
        g.writeStartArray();
        assertThrows(FiniteJson.NonFiniteNumber.class, () -> g.writeArray(new double[] {1, Double.POSITIVE_INFINITY}, 0, 2));
        assertThrows(FiniteJson.NonFiniteNumber.class, () -> g.writeNumber(Float.NEGATIVE_INFINITY));
        JsonGenerator mapped = FiniteJson.guard(new ObjectMapper().createGenerator(new ByteArrayOutputStream()), "m.json");
        assertThrows(FiniteJson.NonFiniteNumber.class, () -> mapped.writeObject(Double.NaN));
    }
}
