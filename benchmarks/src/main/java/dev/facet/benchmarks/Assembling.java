package dev.facet.benchmarks;

import dev.facet.engine.annotate.Annotator;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.FrameRange;
import dev.facet.exporters.registry.Exporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code facet merge} costs besides moving files: reading every frame's done record, and
 * assembling every exporter's run-level files (coco, yolo, bop, webdataset index, dataset.json)
 * from synthetic parts of 10k and 100k frames of a 640x480 frame with 21 objects (one frame's
 * real parts, copied with the frame number changed; tar records of 100 frames each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class Assembling {
    @Param({"10000", "100000"})
    public int frames;

    private Path out;
    private List<Exporter> exporters;
    private Assembly assembly;

    @Setup(Level.Trial)
    public void writeParts() throws IOException {
        out = Files.createTempDirectory("facet-assembling");
        SyntheticFrame synthetic = new SyntheticFrame(640, 480);
        Frame frame = Annotator.annotate(synthetic.scene, synthetic.pixels, new int[640 * 480]);
        Map<Integer, Category> categories = new TreeMap<>();
        for (SceneObject o : synthetic.scene.objects()) {
            categories.put(o.category().id(), o.category());
        }
        DatasetInfo one = info(List.copyOf(categories.values()), 1);
        exporters = Exporters.select(List.of("coco", "yolo", "bop"), Map.of());
        for (Exporter e : exporters) {
            e.start(one);
            e.write(frame);
            e.finish(1);
        }
        copy("coco/parts", "\"frame\":0,", "\"frame\":%d,", "rgb/000000.png", "rgb/%06d.png");
        copy("bop/parts", "\"im_id\":0,", "\"im_id\":%d,", null, null);
        Files.createDirectories(out.resolve("parts/frames"));
        Files.createDirectories(out.resolve("shards/parts"));
        for (long k = 0; k < frames; k++) {
            Files.writeString(out.resolve(String.format("parts/frames/%06d.json", k)),
                    "{\"frame\": " + k + ", \"run\": \"0123456789abcdef\"}\n");
            if (k % 100 == 0) {
                long[] tar = LongStream.range(k, Math.min(frames, k + 100)).toArray();
                Files.writeString(out.resolve(String.format("shards/parts/facet-%06d.json", k)),
                        "{\"tar\":\"" + String.format("facet-%06d.tar", k) + "\",\"frames\":"
                                + java.util.Arrays.toString(tar).replace(" ", "") + ",\"sha256\":\"0\"}");
            }
        }
        exporters = Exporters.select(List.of("coco", "yolo", "bop", "webdataset", "depth16"), Map.of());
        assembly = new Assembly(info(List.copyOf(categories.values()), frames), LongStream.range(0, frames).toArray());
    }

    private DatasetInfo info(List<Category> categories, long count) {
        return new DatasetInfo(out, "bench", Map.of("name", "bench"), categories, 1, new FrameRange(0, count),
                new ImageSize(640, 480), "bench");
    }

    private void copy(String folder, String from, String to, String from2, String to2) throws IOException {
        String part = Files.readString(out.resolve(folder).resolve("000000.json"), StandardCharsets.UTF_8);
        if (!part.contains(from)) {
            throw new IllegalStateException(folder + " part lacks " + from);
        }
        for (long k = 1; k < frames; k++) {
            String text = part.replace(from, String.format(to, k));
            if (from2 != null) {
                text = text.replace(from2, String.format(to2, k));
            }
            Files.writeString(out.resolve(folder).resolve(String.format("%06d.json", k)), text);
        }
    }

    /** Deletes the parts (gigabytes at 100k frames). */
    @TearDown(Level.Trial)
    public void deleteParts() throws IOException {
        try (var files = Files.walk(out)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads every frame's done record and compares it byte for byte with the expected one, as a merge does. */
    @Benchmark
    public long readDoneRecords() throws IOException {
        long n = 0;
        for (long k = 0; k < frames; k++) {
            byte[] expected = ("{\"frame\": " + k + ", \"run\": \"0123456789abcdef\"}\n").getBytes(StandardCharsets.UTF_8);
            if (java.util.Arrays.equals(Files.readAllBytes(out.resolve(String.format("parts/frames/%06d.json", k))), expected)) {
                n++;
            }
        }
        return n;
    }

    /** Every exporter's run-level files from the parts, core's dataset.json last. */
    @Benchmark
    public void assemble() throws IOException {
        for (Exporter e : exporters) {
            if (!e.name().equals(Exporters.CORE)) {
                e.assemble(assembly);
            }
        }
        exporters.get(0).assemble(assembly);
    }
}
