package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads a frame of a dataset with decoders that share no code with Facet's writers. */
record FrameReader(Path root, long frame) {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path file(String folder, String ext) {
        return root.resolve(folder).resolve(String.format("%06d.%s", frame, ext));
    }

    JsonNode meta() throws IOException {
        return JSON.readTree(file("meta", "json").toFile());
    }

    /** A 16-bit single-channel PNG as [row][column]. */
    int[][] gray16(String folder) throws IOException {
        BufferedImage img = ImageIO.read(file(folder, "png").toFile());
        if (img.getType() != BufferedImage.TYPE_USHORT_GRAY) {
            throw new IOException(folder + " is not 16-bit grayscale (type " + img.getType() + ")");
        }
        Raster r = img.getRaster();
        int[][] out = new int[img.getHeight()][img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out[y][x] = r.getSample(x, y, 0);
            }
        }
        return out;
    }

    BufferedImage rgb() throws IOException {
        return ImageIO.read(file("rgb", "png").toFile());
    }

    /** A float32 NPY of shape (H, W) as [row][column]. */
    float[][] depth() throws IOException {
        byte[] bytes = Files.readAllBytes(file("depth", "npy"));
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        if (!header.contains("'descr': '<f4'") || !header.contains("'fortran_order': False")) {
            throw new IOException("unexpected NPY header " + header);
        }
        String shape = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')'));
        String[] dims = shape.split(",");
        int h = Integer.parseInt(dims[0].trim());
        int w = Integer.parseInt(dims[1].trim());
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, 4 * w * h).order(ByteOrder.LITTLE_ENDIAN);
        float[][] out = new float[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y][x] = data.getFloat();
            }
        }
        return out;
    }
}
