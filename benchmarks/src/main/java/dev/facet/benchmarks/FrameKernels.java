package dev.facet.benchmarks;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.annotate.Annotator;
import dev.facet.exporters.io.Rle;
import dev.facet.exporters.io.NpyWriter;
import dev.facet.exporters.io.PngEncoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-frame CPU kernels of the pipeline, one frame per call. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrameKernels {
    @Param({"640x480", "1280x720"})
    public String size;

    @Param({"1"})
    public int pngLevel;

    private SyntheticFrame frame;
    private PngEncoder png;
    private int[] semantic;

    @Setup
    public void setUp() {
        String[] wh = size.split("x");
        frame = new SyntheticFrame(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        png = new PngEncoder(pngLevel);
        semantic = new int[frame.pixels.instance().length];
    }

    @Benchmark
    public byte[] encodeRgbPng() {
        return png.encodeRgb8(frame.pixels.width(), frame.pixels.height(), frame.pixels.rgb());
    }

    @Benchmark
    public byte[] encodeInstancePng() {
        return png.encodeGray16(frame.pixels.width(), frame.pixels.height(), frame.pixels.instance());
    }

    @Benchmark
    public byte[] encodeDepthNpy() {
        return NpyWriter.encodeFloat32(frame.pixels.height(), frame.pixels.width(), frame.pixels.depth());
    }

    /** COCO run-length encoding (column-major) of one object's mask. */
    @Benchmark
    public int[] cocoRle() {
        return Rle.encode(frame.pixels.instance(), frame.pixels.width(), frame.pixels.height(), 7);
    }

    /** id to semantic mapping plus bbox and pixel-count extraction, in one pass. */
    @Benchmark
    public Frame annotate() {
        return Annotator.annotate(frame.scene, frame.pixels, semantic);
    }
}
