package dev.facet.cli;

import dev.facet.cli.bench.Bench;
import dev.facet.cli.bench.Setup;
import dev.facet.engine.scene.ImageSize;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code facet bench}: frames per second of each stage of the pipeline and of the whole
 * pipeline ({@link Bench}), printed as a table and a JSON line. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, defaultValueProvider = BenchCommand.Defaults.class,
        description = "Measure frames/s of each pipeline stage and of the whole pipeline; prints a table and a JSON line.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--frames", description = "Frames per stage (default: ${DEFAULT-VALUE}).", defaultValue = "300")
    int frames;

    @Option(names = "--width", description = "Image width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", description = "Image height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--objects", defaultValue = "20", description = "Primitives on the ground (default: ${DEFAULT-VALUE}).")
    int objects;

    @Option(names = "--full-only", description = "Run only the full pipeline (e.g. a long run to watch memory).")
    boolean fullOnly;

    @Option(names = "--gpu", paramLabel = "N", description = "CUDA device number as CUDA_VISIBLE_DEVICES presents them "
            + "(default: env FACET_GPU, else the first visible CUDA device).")
    Integer gpu;

    @ParentCommand
    Facet facet;

    @Override
    public Integer call() throws Exception {
        if (frames < 10) {
            throw new UserError("--frames must be at least 10, got " + frames);
        }
        if (!ImageSize.fits(width, height)) {
            throw new UserError("--width and --height must lie in 1.." + ImageSize.MAX);
        }
        if (objects < 1 || objects > 1000) {
            throw new UserError("--objects must lie in 1..1000, got " + objects);
        }
        Setup setup = new Setup(frames, new ImageSize(width, height), objects, fullOnly);
        Integer device = GpuChoice.resolve(gpu, System.err);
        new Bench(setup).run(device, facet.meshes()).print(System.out, setup);
        return 0;
    }

    /** The default image size is {@link ImageSize#DEFAULT}, the size of a run that names none. */
    static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (arg instanceof OptionSpec o && o.longestName().equals("--width")) {
                return String.valueOf(ImageSize.DEFAULT.width());
            }
            if (arg instanceof OptionSpec o && o.longestName().equals("--height")) {
                return String.valueOf(ImageSize.DEFAULT.height());
            }
            return null;
        }
    }
}
