package dev.facet.cli;

import dev.facet.engine.spi.Modality;
import dev.facet.engine.IoErrors;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.NpyReader;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facet preview DIR}: one picture of a frame, rgb | instance | depth side by side; with
 * {@code --flow}, a strip of {@code --frames} frames with their flow ({@link FlowSheet}).
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Write a side-by-side PNG of one frame: rgb | instance (false colour) | depth (near bright); "
                + "with --flow, a strip of frames with flow arrows over rgb and the flow in colour below.")
final class PreviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A dataset folder written by `facet run`.")
    Path dataset;

    @Option(names = "--frame", description = "Frame index (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long frame;

    @Option(names = "--out", paramLabel = "FILE", description = "PNG to write (default: DIR/preview-NNNNNN.png).")
    Path out;

    @Option(names = "--flow", description = "Draw the flow (needs a dataset written with the flow output).")
    boolean flow;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "1",
            description = "With --flow: frames in the strip, from --frame on, 1..16 (default: ${DEFAULT-VALUE}).")
    int frames;

    @Override
    public Integer call() {
        if (frame < 0) {
            throw new UserError("--frame must not be negative, got " + frame);
        }
        Path meta = CoreLayout.meta(dataset, frame);
        if (!Files.exists(meta)) {
            throw new UserError("no frame " + frame + " in " + dataset + " (" + meta + " does not exist)");
        }
        if (frames < 1 || frames > 16 || frames > 1 && !flow) {
            throw new UserError("--frames must be in 1..16 and needs --flow, got " + frames);
        }
        Path target = out != null ? out : dataset.resolve(String.format("preview-%06d.png", frame));
        checkTarget(target);
        BufferedImage sheet = flow ? flowStrip() : standard();
        try {
            AtomicFiles.write(target, o -> ImageIO.write(sheet, "png", o));
        } catch (IOException e) {
            throw new UserError("cannot write --out " + target + ": " + IoErrors.describe(e));
        }
        System.err.println("facet: wrote " + target);
        return 0;
    }

    private BufferedImage standard() {
        BufferedImage rgb = image(CoreLayout.rgb(dataset, frame));
        Path instanceFile = CoreLayout.instance(dataset, frame);
        Raster instance = sameSize(image(instanceFile), rgb, instanceFile).getRaster();
        NpyReader.Float32 depth = depth(CoreLayout.depth(dataset, frame), rgb);
        return sheet(rgb, instance, depth.values());
    }

    /** Frames --frame .. --frame + N - 1, each with its flow. */
    private BufferedImage flowStrip() {
        java.util.List<FlowSheet.Panel> panels = new java.util.ArrayList<>();
        for (long k = frame; k < frame + frames; k++) {
            if (!Files.exists(CoreLayout.meta(dataset, k))) {
                throw new UserError("no frame " + k + " in " + dataset + " for a strip of " + frames + " frames from "
                        + frame);
            }
            BufferedImage rgb = image(CoreLayout.rgb(dataset, k));
            Path flowFile = present(CoreLayout.file(Modality.FLOW, dataset, k), Modality.FLOW);
            NpyReader.Float32 f;
            try {
                f = NpyReader.readFloat32(flowFile, 2);
            } catch (IOException e) {
                throw new UserError(IoErrors.describe(e));
            }
            if (f.width() != rgb.getWidth() || f.height() != rgb.getHeight()) {
                throw new UserError(flowFile + " is " + f.width() + "x" + f.height() + ", the rgb image "
                        + rgb.getWidth() + "x" + rgb.getHeight());
            }
            Path validFile = present(CoreLayout.file(Modality.FLOW_VALID, dataset, k), Modality.FLOW);
            Raster valid = sameSize(image(validFile), rgb, validFile).getRaster();
            int[] v = valid.getSamples(0, 0, rgb.getWidth(), rgb.getHeight(), 0, (int[]) null);
            panels.add(new FlowSheet.Panel(rgb, f.values(), v));
        }
        return FlowSheet.draw(panels);
    }

    private static Path present(Path file, Modality needed) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " does not exist: --flow needs a dataset written with the " + needed.id()
                    + " output (e.g. --core-outputs rgb,instance,depth,flow on a scenario with sequences)");
        }
        return file;
    }

    /** rgb | instance | depth side by side; depth from near (bright) to far. */
    private static BufferedImage sheet(BufferedImage rgb, Raster instance, float[] depth) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        float near = Float.MAX_VALUE;
        float far = 0;
        for (float d : depth) {
            if (d > 0) {
                near = Math.min(near, d);
                far = Math.max(far, d);
            }
        }
        BufferedImage sheet = new BufferedImage(3 * w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sheet.setRGB(x, y, rgb.getRGB(x, y));
                sheet.setRGB(w + x, y, falseColour(instance.getSample(x, y, 0)));
                float d = depth[y * w + x];
                int g = d <= 0 ? 0 : (int) (255 * (1 - 0.85 * (d - near) / Math.max(far - near, 1e-6f)));
                sheet.setRGB(2 * w + x, y, g << 16 | g << 8 | g);
            }
        }
        return sheet;
    }

    /** The preview goes to a file: never into, or in place of, a folder. */
    private static void checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new UserError("--out " + target + " is a folder; name the PNG file to write, e.g. "
                    + target.resolve("preview.png"));
        }
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new UserError("cannot write --out " + target + ": " + parent + " is not a folder");
        }
    }

    /** A modality file of the frame; a run with fewer --core-outputs does not write every one. */
    private static Path present(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " does not exist: the preview needs " + Modality.RGB.id() + ", "
                    + Modality.INSTANCE.id() + " and " + Modality.DEPTH.id() + " "
                    + "(was the dataset written with fewer --core-outputs?)");
        }
        return file;
    }

    private static BufferedImage image(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(present(file).toFile());
        } catch (IOException | RuntimeException e) {  // ImageIO's decoders fail either way on a damaged file
            throw new UserError(file + " is not a readable PNG image (" + reason(e) + ")");
        }
        if (image == null) {
            throw new UserError(file + " is not a PNG image");
        }
        return image;
    }

    private static NpyReader.Float32 depth(Path file, BufferedImage rgb) {
        NpyReader.Float32 depth;
        try {
            depth = NpyReader.readFloat32(present(file));
        } catch (IOException e) {
            throw new UserError(IoErrors.describe(e));
        }
        if (depth.width() != rgb.getWidth() || depth.height() != rgb.getHeight()) {
            throw new UserError(file + " is " + depth.width() + "x" + depth.height() + ", the rgb image "
                    + rgb.getWidth() + "x" + rgb.getHeight());
        }
        return depth;
    }

    private static BufferedImage sameSize(BufferedImage image, BufferedImage rgb, Path file) {
        if (image.getWidth() != rgb.getWidth() || image.getHeight() != rgb.getHeight()) {
            throw new UserError(file + " is " + image.getWidth() + "x" + image.getHeight() + ", the rgb image "
                    + rgb.getWidth() + "x" + rgb.getHeight());
        }
        return image;
    }

    private static String reason(Exception e) {
        if (e instanceof IOException io && e.getCause() == null) {
            return IoErrors.reason(io);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** A stable, well-spread colour per id; 0 stays black. */
    private static int falseColour(int id) {
        if (id == 0) {
            return 0;
        }
        float hue = (id * 0.618034f) % 1f;
        return java.awt.Color.HSBtoRGB(hue, 0.75f, 0.95f) & 0xFFFFFF;
    }
}
