package dev.facet.exporters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Frame;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.PngEncoder;
import dev.facet.exporters.registry.Exporters;
import dev.facet.testkit.Png;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A frame's images are encoded once per setting and every exporter writes those bytes, whatever ran before it. */
class SharedEncodingsTest {
    @TempDir
    Path out;

    @Test
    void oneEncodingPerFrameAndSetting() throws Exception {
        Frame frame = SyntheticFrames.frame(2);
        assertSame(FrameImages.rgbPng(frame, 1), FrameImages.rgbPng(frame, 1), "encoded once");
        assertFalse(FrameImages.rgbPng(frame, 0) == FrameImages.rgbPng(frame, 1), "another level, another encoding");
        assertArrayEquals(Png.unsigned(SyntheticFrames.rgb(2)),
                Png.rgb8(FrameImages.rgbPng(frame, 9), "level 9", SyntheticFrames.W, SyntheticFrames.H));
        assertSame(FrameImages.depthPng(frame, 1.0), FrameImages.depthPng(frame, 1.0));
        assertFalse(FrameImages.depthPng(frame, 1.0) == FrameImages.depthPng(frame, 2.0), "another depth unit");
    }

    @Test
    void exportersWriteTheSameBytesWithoutCore() throws Exception {
        Path alone = out.resolve("alone");
        Path withCore = out.resolve("with-core");
        run(alone, List.of("yolo", "bop", "webdataset", "depth16"), false);
        run(withCore, List.of("core", "yolo", "bop", "webdataset", "depth16"), true);
        for (String file : List.of("yolo/images/000003.png", "yolo/labels/000003.txt", "bop/000000/rgb/000003.png",
                "bop/000000/depth/000003.png", "depth16/000003.png", "shards/facet-000003.tar")) {
            assertArrayEquals(Files.readAllBytes(withCore.resolve(file)), Files.readAllBytes(alone.resolve(file)), file);
        }
        assertArrayEquals(Files.readAllBytes(withCore.resolve("rgb/000003.png")),
                Files.readAllBytes(alone.resolve("yolo/images/000003.png")), "yolo's image is core's rgb file");
        Map<String, byte[]> members = members(alone.resolve("shards/facet-000003.tar"));
        assertEquals(6, members.size());
        for (String[] pair : new String[][] {{"rgb.png", "rgb/000003.png"}, {"instance.png", "instance/000003.png"},
                {"semantic.png", "semantic/000003.png"}, {"depth.npy", "depth/000003.npy"}, {"json", "meta/000003.json"}}) {
            assertArrayEquals(Files.readAllBytes(withCore.resolve(pair[1])), members.get("000003." + pair[0]), pair[0]);
        }
    }

    @Test
    void coresLevelIsCoresOwn() throws Exception {
        Exporter core = Exporters.available().get("core");
        core.configure(Exporters.options(core, Map.of("png_level", 9L)));
        Exporter yolo = Exporters.available().get("yolo");
        yolo.configure(Exporters.options(yolo, Map.of()));
        Frame frame = SyntheticFrames.frame(3);
        for (Exporter e : List.of(core, yolo)) {
            e.start(SyntheticFrames.info(out, 3, 1));
            e.write(frame);
        }
        assertArrayEquals(FrameImages.rgbPng(frame, 9), Files.readAllBytes(out.resolve("rgb/000003.png")));
        assertArrayEquals(FrameImages.rgbPng(frame, PngEncoder.DEFAULT_LEVEL),
                Files.readAllBytes(out.resolve("yolo/images/000003.png")));
    }

    private static void run(Path dir, List<String> names, boolean withCore) throws Exception {
        List<Exporter> exporters = new ArrayList<>();
        for (String name : names) {
            Exporter e = Exporters.available().get(name);
            e.configure(Exporters.options(e, Map.of()));
            e.start(SyntheticFrames.info(dir, 3, 1));
            exporters.add(e);
        }
        Frame frame = SyntheticFrames.frameWithAmodal(3);
        for (Exporter e : exporters) {
            e.write(frame);
        }
        for (Exporter e : exporters) {
            SyntheticFrames.end(e, dir, 3, 1);
        }
        assertEquals(withCore, Files.exists(dir.resolve("rgb")));
    }

    private static Map<String, byte[]> members(Path tar) throws Exception {
        Map<String, byte[]> m = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                m.put(e.getName(), t.readAllBytes());
            }
        }
        return m;
    }
}
