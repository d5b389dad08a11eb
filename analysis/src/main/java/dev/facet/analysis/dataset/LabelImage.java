package dev.facet.analysis.dataset;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A grayscale label image (8- or 16-bit PNG: instance or category ids), row-major. */
public record LabelImage(int width, int height, int[] labels) {

    /** Reads {@code file}; a missing or unreadable file, or one with colour channels, is a {@link DatasetError}. */
    public static LabelImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetError(file + " does not exist");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new DatasetError(file + ": not a readable PNG (" + e.getMessage() + ")");
        }
        if (image == null) {
            throw new DatasetError(file + ": not a PNG image");
        }
        Raster r = image.getRaster();
        if (r.getNumBands() != 1) {
            throw new DatasetError(file + ": expected a grayscale label image, got " + r.getNumBands() + " channels");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return new LabelImage(w, h, r.getPixels(0, 0, w, h, new int[w * h]));
    }

    public int at(int u, int v) {
        return labels[v * width + u];
    }
}
