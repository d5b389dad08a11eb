package dev.facet.exporters.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.exporters.SyntheticFrames;
import dev.facet.exporters.registry.Exporters;
import dev.facet.testkit.Png;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core exporter writes only the modalities asked for, and says so in dataset.json. */
class CoreOutputsTest {
    @TempDir
    Path out;

    @Test
    void writesOnlyTheChosenModalitiesAndTheirManifest() throws IOException {
        CoreExporter exporter = new CoreExporter();
        exporter.configure(Exporters.options(exporter, Map.of("outputs", "depth, rgb")));
        exporter.start(SyntheticFrames.info(out, 3, 1));
        exporter.write(SyntheticFrames.frame(3));
        SyntheticFrames.end(exporter, out, 3, 1);
        assertTrue(Files.exists(out.resolve("rgb/000003.png")));
        assertTrue(Files.exists(out.resolve("depth/000003.npy")));
        assertTrue(Files.exists(out.resolve("meta/000003.json")), "meta is always written");
        assertFalse(Files.exists(out.resolve("instance")), "instance was not asked for");
        assertFalse(Files.exists(out.resolve("semantic")), "semantic was not asked for");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("dataset.json").toFile());
        List<String> modalities = new ArrayList<>();
        manifest.get("modalities").fieldNames().forEachRemaining(modalities::add);
        assertEquals(List.of("rgb", "depth", "meta"), modalities);
    }

    @Test
    void refusesUnknownModalitiesAndLevels() {
        CoreExporter exporter = new CoreExporter();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exporter.configure(Exporters.options(exporter, Map.of("outputs", "rgb,normal"))));
        assertTrue(e.getMessage().contains("'normal'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> exporter.configure(Exporters.options(exporter, Map.of("png_level", "11"))));
        assertThrows(IllegalArgumentException.class, () -> exporter.configure(Exporters.options(exporter, Map.of("png_level", "fast"))));
    }

    @Test
    void optionalLayersAreAskedOfTheRendererAndFlowBringsItsValidity() {
        CoreExporter standard = new CoreExporter();
        assertTrue(standard.layers().isEmpty(), "the default outputs need no layers");
        CoreExporter exporter = new CoreExporter();
        exporter.configure(Exporters.options(exporter, Map.of("outputs", "rgb,depth,normals,flow")));
        assertEquals(java.util.EnumSet.of(dev.facet.engine.spi.Modality.NORMALS, dev.facet.engine.spi.Modality.FLOW,
                dev.facet.engine.spi.Modality.FLOW_VALID), exporter.layers());
    }

    @Test
    void pngLevelChangesTheFilesButNotThePixels() throws IOException {
        Path fast = out.resolve("fast");
        Path small = out.resolve("small");
        for (Path dir : List.of(fast, small)) {
            CoreExporter exporter = new CoreExporter();
            exporter.configure(Exporters.options(exporter, Map.of("png_level", dir == fast ? "0" : "9")));
            exporter.start(SyntheticFrames.info(dir, 0, 1));
            exporter.write(SyntheticFrames.frame(0));
        }
        assertTrue(Files.size(fast.resolve("rgb/000000.png")) > Files.size(small.resolve("rgb/000000.png")),
                "level 0 stores, level 9 compresses");
        assertArrayEquals(Png.rgb8(fast.resolve("rgb/000000.png"), SyntheticFrames.W, SyntheticFrames.H),
                Png.rgb8(small.resolve("rgb/000000.png"), SyntheticFrames.W, SyntheticFrames.H));
    }

    @Test
    void rewritingAFrameWithFewerOutputsRemovesItsStaleModalities() throws IOException {
        CoreExporter all = new CoreExporter();
        all.start(SyntheticFrames.info(out, 3, 1));
        all.write(SyntheticFrames.frame(3));
        assertTrue(Files.exists(out.resolve("rgb/000003.png")));

        CoreExporter depthOnly = new CoreExporter();
        depthOnly.configure(Exporters.options(depthOnly, Map.of("outputs", "depth")));
        depthOnly.start(SyntheticFrames.info(out, 3, 1));
        depthOnly.write(SyntheticFrames.frame(3));
        assertTrue(Files.exists(out.resolve("depth/000003.npy")));
        // files of the earlier run would sit beside the new meta file as if they showed the same frame
        for (String stale : List.of("rgb/000003.png", "instance/000003.png", "semantic/000003.png")) {
            assertFalse(Files.exists(out.resolve(stale)), stale + " belongs to an earlier run of frame 3");
        }
    }
}
