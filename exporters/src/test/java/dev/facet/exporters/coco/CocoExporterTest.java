package dev.facet.exporters.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.spi.Assembly;
import dev.facet.exporters.SyntheticFrames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COCO on hand-made frames, where every mask pixel is known; frames arrive concurrently and out of order. */
class CocoExporterTest {

    /** Column-major decode of uncompressed COCO RLE, written from the COCO format description. */
    static int[] decode(JsonNode counts, int w, int h) {
        int[] mask = new int[w * h];
        int at = 0;
        int value = 0;
        for (JsonNode c : counts) {
            for (int i = 0; i < c.asInt(); i++, at++) {
                mask[(at % h) * w + at / h] = value;
            }
            value ^= 1;
        }
        assertEquals(w * h, at);
        return mask;
    }

    @Test
    void masksBoxesAndOrder(@TempDir Path out) throws Exception {
        CocoExporter coco = new CocoExporter();
        coco.start(SyntheticFrames.info(out, 0, 6));
        assertFalse(Files.exists(out.resolve("coco/annotations.json")), "assembled only");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (long k : new long[] {5, 2, 0, 4, 1, 3}) {
            done.add(pool.submit(() -> {
                coco.write(SyntheticFrames.frame(k));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        coco.finish(6);
        assertFalse(Files.exists(out.resolve("coco/annotations.json")), "assembled from the parts, not at the end of a process");
        CocoExporter assembler = new CocoExporter();  // another process: nothing in memory, only the parts
        assembler.assemble(new Assembly(SyntheticFrames.info(out, 0, 6), new long[] {0, 1, 2, 3, 4, 5}));
        JsonNode doc = new ObjectMapper().readTree(out.resolve("coco/annotations.json").toFile());
        for (int i = 0; i < 6; i++) {
            assertEquals(i, doc.get("images").get(i).get("id").asInt());
            assertEquals(String.format("rgb/%06d.png", i), doc.get("images").get(i).get("file_name").asText());
        }
        int w = SyntheticFrames.W;
        int h = SyntheticFrames.H;
        long expectedId = 1;
        for (JsonNode a : doc.get("annotations")) {
            assertEquals(expectedId++, a.get("id").asLong());
            long k = a.get("image_id").asLong();
            int id = a.get("instance_id").asInt();
            int[] mask = decode(a.get("segmentation").get("counts"), w, h);
            int n = 0;
            int minU = w;
            int minV = h;
            int maxU = -1;
            int maxV = -1;
            for (int v = 0; v < h; v++) {
                for (int u = 0; u < w; u++) {
                    boolean in = SyntheticFrames.instanceAt(k, u, v) == id;
                    assertEquals(in ? 1 : 0, mask[v * w + u], "frame " + k + " id " + id + " at " + u + "," + v);
                    if (in) {
                        n++;
                        minU = Math.min(minU, u);
                        minV = Math.min(minV, v);
                        maxU = Math.max(maxU, u);
                        maxV = Math.max(maxV, v);
                    }
                }
            }
            assertEquals(n, a.get("area").asInt());
            assertEquals(List.of(minU, minV, maxU - minU + 1, maxV - minV + 1),
                    List.of(a.get("bbox").get(0).asInt(), a.get("bbox").get(1).asInt(), a.get("bbox").get(2).asInt(),
                            a.get("bbox").get(3).asInt()));
            assertEquals(SyntheticFrames.categoryOfInstance(id), a.get("category_id").asInt());
        }
        // box, sphere and ground are visible in every frame; the cylinder never
        assertEquals(3 * 6, doc.get("annotations").size());
    }
}
