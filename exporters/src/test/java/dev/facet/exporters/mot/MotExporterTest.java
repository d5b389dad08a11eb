package dev.facet.exporters.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.exporters.SyntheticFrames;
import dev.facet.exporters.registry.Exporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gt.txt rows from hand-made frames with amodal masks: MOT's 1-based boxes, ids, classes, visibility. */
class MotExporterTest {
    @TempDir
    Path out;

    @Test
    void rowsHoldTheVisibleBoxesOneBasedAndTheVisibility() throws Exception {
        Exporter mot = Exporters.available().get("mot");
        mot.configure(Exporters.options(mot, Map.of()));
        assertEquals(Set.of(Modality.AMODAL), mot.layers(), "visibility needs the amodal masks");
        mot.start(SyntheticFrames.info(out, 0, 2));
        for (long k = 0; k < 2; k++) {
            mot.write(SyntheticFrames.frameWithAmodal(k));
        }
        SyntheticFrames.end(mot, out, 0, 2);
        // still frames: each frame its own one-frame sequence
        Path seq = out.resolve("mot/facet-all/sequence_000001");
        List<String> gt = Files.readAllLines(seq.resolve("gt/gt.txt"));
        Frame f = SyntheticFrames.frameWithAmodal(1);
        int[] box = f.annotations().get(0).bbox();  // the box, instance 4: 3 columns from column 3, rows 1..2
        assertEquals("1,4," + (box[0] + 1) + "," + (box[1] + 1) + "," + box[2] + "," + box[3] + ",1,1,0.750000", gt.get(0));
        assertEquals("1,5,9,2,1,1,1,2,1.000000", gt.get(1));
        assertEquals(3, gt.size(), "box, sphere and ground; the cylinder is not visible");
        assertTrue(gt.get(2).startsWith("1,1,1,6,11,2,1,9,"), gt.get(2));
        double ground = Double.parseDouble(gt.get(2).split(",")[8]);
        assertEquals(22.0 / 122, ground, 1e-6, "22 visible of 122, 100 of them below the image");
        String ini = Files.readString(seq.resolve("seqinfo.ini"));
        assertTrue(ini.contains("seqLength=1\n") && ini.contains("imWidth=11\n") && ini.contains("imExt=.png\n"), ini);
        assertTrue(Files.exists(seq.resolve("img1/000001.png")));
        assertEquals(List.of("name", "sequence_000000", "sequence_000001"),
                Files.readAllLines(out.resolve("mot/seqmaps/facet-all.txt")));
    }
}
