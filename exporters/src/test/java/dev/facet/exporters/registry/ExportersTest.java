package dev.facet.exporters.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Exporter;
import dev.facet.exporters.registry.ExporterChoiceError;
import dev.facet.exporters.registry.Exporters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in exporters are registered, and choosing them by name behaves as documented. */
class ExportersTest {

    @Test
    void everyBuiltInIsRegisteredWithADescription() {
        Map<String, Exporter> all = Exporters.available();
        assertEquals(List.of("bop", "coco", "core", "depth16", "mot", "webdataset", "yolo"), List.copyOf(all.keySet()));
        all.values().forEach(e -> assertFalse(e.description().isBlank(), e.name()));
    }

    @Test
    void coreRunsFirstThenTheNamedInOrderOnce() {
        List<String> names = Exporters.select(List.of("yolo", "coco", "core", "yolo", " "), Map.of())
                .stream().map(Exporter::name).toList();
        assertEquals(List.of("core", "yolo", "coco"), names);
    }

    @Test
    void freshInstancesForEveryRun() {
        assertTrue(Exporters.select(List.of("coco"), Map.of()).get(1) != Exporters.select(List.of("coco"), Map.of()).get(1));
    }

    @Test
    void unknownExporterListsTheAvailableOnes() {
        ExporterChoiceError e = assertThrows(ExporterChoiceError.class, () -> Exporters.select(List.of("cocoa"), Map.of()));
        assertEquals("unknown exporter 'cocoa'; available: bop, coco, core, depth16, mot, webdataset, yolo", e.getMessage());
    }

    @Test
    void unknownOptionNamesTheOptionsThereAre() {
        ExporterChoiceError e = assertThrows(ExporterChoiceError.class,
                () -> Exporters.select(List.of("yolo"), Map.of("yolo", Map.of("mode", "x"))));
        assertEquals("exporter 'yolo' has no option 'mode'; its options: task", e.getMessage());
        e = assertThrows(ExporterChoiceError.class,
                () -> Exporters.select(List.of("coco"), Map.of("coco", Map.of("x", "1"))));
        assertTrue(e.getMessage().contains("takes none"), e.getMessage());
    }

    @Test
    void badValuesAndOptionsForAbsentExportersAreRefused() {
        ExporterChoiceError e = assertThrows(ExporterChoiceError.class,
                () -> Exporters.select(List.of("webdataset"), Map.of("webdataset", Map.of("shard_size_mb", "big"))));
        assertTrue(e.getMessage().startsWith("exporter 'webdataset': option shard_size_mb"), e.getMessage());
        e = assertThrows(ExporterChoiceError.class,
                () -> Exporters.select(List.of("coco"), Map.of("yolo", Map.of("task", "segment"))));
        assertTrue(e.getMessage().contains("'yolo', which does not run"), e.getMessage());
    }
}
