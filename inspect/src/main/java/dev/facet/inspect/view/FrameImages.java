package dev.facet.inspect.view;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.Pixels;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The pictures the viewer shows of one frame, made from the dataset's files: a small JPEG
 * thumbnail, the RGB, and transparent overlays of instance ids, semantic categories and a
 * colour-mapped depth. Stateless: the report writer saves them, the server makes them on demand.
 */
public final class FrameImages {
    /** Thumbnail width in pixels. */
    static final int THUMB_WIDTH = 160;
    static final String THUMB = "thumb.jpg";
    static final String RGB = "rgb.png";
    static final String INSTANCE = "instance.png";
    static final String SEMANTIC = "semantic.png";
    static final String DEPTH = "depth.png";
    /** Every picture of a frame, by file name. */
    public static final List<String> NAMES = List.of(THUMB, RGB, INSTANCE, SEMANTIC, DEPTH);

    private FrameImages() {
    }

    /** The picture {@code name} of frame {@code frame}, or null when the dataset has not the modality it needs. */
    public static byte[] render(Dataset dataset, long frame, String name) throws IOException {
        return switch (name) {
            case THUMB -> present(dataset, Layout.RGB, frame) ? thumbnail(Pixels.image(dataset.file(Layout.RGB, frame))) : null;
            case RGB -> present(dataset, Layout.RGB, frame) ? Files.readAllBytes(dataset.file(Layout.RGB, frame)) : null;
            case INSTANCE -> present(dataset, Layout.INSTANCE, frame) ? ids(Pixels.gray(dataset.file(Layout.INSTANCE, frame))) : null;
            case SEMANTIC -> present(dataset, Layout.SEMANTIC, frame) ? ids(Pixels.gray(dataset.file(Layout.SEMANTIC, frame))) : null;
            case DEPTH -> present(dataset, Layout.DEPTH, frame) ? depth(Pixels.npy(dataset.file(Layout.DEPTH, frame))) : null;
            default -> null;
        };
    }

    private static boolean present(Dataset dataset, String modality, long frame) {
        return Files.isRegularFile(dataset.file(modality, frame));
    }

    static byte[] thumbnail(BufferedImage rgb) throws IOException {
        int h = Math.max(1, Math.round((float) rgb.getHeight() * THUMB_WIDTH / rgb.getWidth()));
        BufferedImage small = new BufferedImage(THUMB_WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(rgb, 0, 0, THUMB_WIDTH, h, null);
        g.dispose();
        return encode(small, "jpg");
    }

    /** Each id its own opaque colour, id 0 transparent. */
    static byte[] ids(Pixels.Gray gray) throws IOException {
        BufferedImage out = new BufferedImage(gray.width(), gray.height(), BufferedImage.TYPE_INT_ARGB);
        Map<Integer, Integer> colours = new HashMap<>();
        int[] argb = new int[gray.samples().length];
        for (int p = 0; p < argb.length; p++) {
            int id = gray.samples()[p];
            argb[p] = id == 0 ? 0 : 0xFF000000 | colours.computeIfAbsent(id, Colours::ofId);
        }
        out.setRGB(0, 0, gray.width(), gray.height(), argb, 0, gray.width());
        return encode(out, "png");
    }

    /** Depth on the ramp from the nearest to the farthest surface of the frame; no surface transparent. */
    static byte[] depth(Pixels.Floats depth) throws IOException {
        float near = Float.MAX_VALUE;
        float far = 0;
        for (float d : depth.values()) {
            if (d > 0 && Float.isFinite(d)) {
                near = Math.min(near, d);
                far = Math.max(far, d);
            }
        }
        double span = Math.max(far - near, 1e-6);
        int[] argb = new int[depth.values().length];
        for (int p = 0; p < argb.length; p++) {
            float d = depth.values()[p];
            argb[p] = d > 0 && Float.isFinite(d) ? 0xFF000000 | Colours.ramp((d - near) / span) : 0;
        }
        BufferedImage out = new BufferedImage(depth.width(), depth.height(), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, depth.width(), depth.height(), argb, 0, depth.width());
        return encode(out, "png");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** Writes every picture of a frame into {@code folder}; returns the names written. */
    static List<String> save(Dataset dataset, long frame, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> written = new java.util.ArrayList<>();
        for (String name : NAMES) {
            byte[] bytes = render(dataset, frame, name);
            if (bytes != null) {
                Files.write(folder.resolve(name), bytes);
                written.add(name);
            }
        }
        return written;
    }
}
