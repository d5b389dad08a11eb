package dev.facet.exporters.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOption.Type;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw option values (command-line text, scenario-file values) arrive converted to their option's type. */
class ExporterOptionValuesTest {

    /** An exporter with one option of every type. */
    static final class Typed implements Exporter {
        @Override
        public String name() {
            return "typed";
        }

        @Override
        public List<ExporterOption> options() {
            return List.of(
                    new ExporterOption("count", Type.INTEGER, 3L, "an integer"),
                    new ExporterOption("scale", Type.NUMBER, 1.5, "a number"),
                    new ExporterOption("mode", Type.TEXT, "fast", "a text"),
                    new ExporterOption("strict", Type.BOOLEAN, false, "a flag"),
                    new ExporterOption("parts", Type.TEXT_LIST, List.of("a"), "a list"));
        }

        @Override
        public void start(DatasetInfo info) {
        }

        @Override
        public void write(Frame frame) {
        }

        @Override
        public void finish(long framesWritten) {
        }
    }

    private static ExporterOptions options(Map<String, Object> given) {
        return Exporters.options(new Typed(), given);
    }

    private static String refusal(String option, Object raw) {
        return assertThrows(ExporterChoiceError.class, () -> options(Map.of(option, raw))).getMessage();
    }

    @Test
    void defaultsWhereNothingIsGiven() {
        ExporterOptions o = options(Map.of());
        assertEquals(3L, o.integer("count"));
        assertEquals(1.5, o.number("scale"));
        assertEquals("fast", o.text("mode"));
        assertFalse(o.bool("strict"));
        assertEquals(List.of("a"), o.texts("parts"));
        assertFalse(o.given("count"));
    }

    @Test
    void commandLineTextIsConverted() {
        ExporterOptions o = options(Map.of("count", " 12", "scale", "2.5e1", "mode", "slow", "strict", "true",
                "parts", "x, y,z"));
        assertEquals(12L, o.integer("count"));
        assertEquals(25.0, o.number("scale"));
        assertEquals("slow", o.text("mode"));
        assertTrue(o.bool("strict"));
        assertEquals(List.of("x", "y", "z"), o.texts("parts"));
        assertTrue(o.given("count") && o.given("parts"));
    }

    @Test
    void scenarioFileValuesAreConverted() {
        ExporterOptions o = options(Map.of("count", 7, "scale", 2, "strict", Boolean.TRUE, "parts", List.of("p", " q")));
        assertEquals(7L, o.integer("count"));
        assertEquals(2.0, o.number("scale"));
        assertTrue(o.bool("strict"));
        assertEquals(List.of("p", "q"), o.texts("parts"));
    }

    @Test
    void badValuesNameTheOptionTheTypeAndTheValue() {
        assertEquals("exporter 'typed': option count must be an integer, got '1.5'", refusal("count", "1.5"));
        assertEquals("exporter 'typed': option count must be an integer, got 2.0", refusal("count", 2.0));
        assertEquals("exporter 'typed': option scale must be a number, got 'wide'", refusal("scale", "wide"));
        assertEquals("exporter 'typed': option scale must be a number, got 'NaN'", refusal("scale", "NaN"));
        assertEquals("exporter 'typed': option scale must be a number, got Infinity",
                refusal("scale", Double.POSITIVE_INFINITY));
        assertEquals("exporter 'typed': option mode must be a text, got 4", refusal("mode", 4));
        assertEquals("exporter 'typed': option strict must be true or false, got 'yes'", refusal("strict", "yes"));
        assertEquals("exporter 'typed': option parts must be a list of names, got [1]", refusal("parts", List.of(1)));
    }

    @Test
    void theBuiltInsOptionsAreSnakeCaseAndTyped() {
        Map<String, Exporter> all = Exporters.available();
        assertEquals(List.of("outputs", "png_level"), all.get("core").options().stream().map(ExporterOption::name).toList());
        assertEquals(Type.NUMBER, all.get("webdataset").options().get(0).type());
        assertEquals("shard_size_mb", all.get("webdataset").options().get(0).name());
        assertEquals("depth_scale", all.get("bop").options().get(0).name());
        assertEquals("task", all.get("yolo").options().get(0).name());
        for (Exporter e : all.values()) {
            for (ExporterOption option : e.options()) {
                if (option.defaultValue() != null) {
                    assertEquals(option.defaultValue(), option.convert(option.defaultValue()), e.name() + " " + option.name());
                }
            }
        }
    }
}
