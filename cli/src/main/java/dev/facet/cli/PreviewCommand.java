package dev.facet.cli;

import dev.facet.engine.spi.Modality;
import dev.facet.exporters.core.CoreLayout;
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

/** {@code facet preview DIR}: one picture of a frame, rgb | instance | depth side by side. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Write a side-by-side PNG of one frame: rgb | instance (false colour) | depth (near bright).")
final class PreviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A dataset folder written by `facet run`.")
    Path dataset;

    @Option(names = "--frame", description = "Frame index (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long frame;

    @Option(names = "--out", paramLabel = "FILE", description = "PNG to write (default: DIR/preview-NNNNNN.png).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (frame < 0) {
            throw new UserError("--frame must not be negative, got " + frame);
        }
        Path meta = CoreLayout.meta(dataset, frame);
        if (!Files.exists(meta)) {
            throw new UserError("no frame " + frame + " in " + dataset + " (" + meta + " does not exist)");
        }
        BufferedImage rgb = image(CoreLayout.rgb(dataset, frame));
        Raster instance = image(CoreLayout.instance(dataset, frame)).getRaster();
        NpyReader.Float32 depth = NpyReader.readFloat32(present(CoreLayout.depth(dataset, frame)));
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        float near = Float.MAX_VALUE;
        float far = 0;
        for (float d : depth.values()) {
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
                float d = depth.values()[y * w + x];
                int g = d <= 0 ? 0 : (int) (255 * (1 - 0.85 * (d - near) / Math.max(far - near, 1e-6f)));
                sheet.setRGB(2 * w + x, y, g << 16 | g << 8 | g);
            }
        }
        Path target = out != null ? out : dataset.resolve(String.format("preview-%06d.png", frame));
        ImageIO.write(sheet, "png", target.toFile());
        System.err.println("facet: wrote " + target);
        return 0;
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

    private static BufferedImage image(Path file) throws IOException {
        BufferedImage image = ImageIO.read(present(file).toFile());
        if (image == null) {
            throw new UserError(file + " is not a PNG image");
        }
        return image;
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
