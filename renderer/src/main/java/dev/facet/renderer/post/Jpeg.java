package dev.facet.renderer.post;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** JPEG compression artefacts: the image is encoded at a quality and decoded again (javax.imageio). */
final class Jpeg {
    private Jpeg() {
    }

    /** Replaces {@code rgb} by its JPEG round trip at {@code quality} (1..100). */
    static void roundTrip(byte[] rgb, int width, int height, int quality) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        swap(rgb, bgr);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality / 100f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        try {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            BufferedImage bgrBack = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            bgrBack.getGraphics().drawImage(back, 0, 0, null);
            swap(((DataBufferByte) bgrBack.getRaster().getDataBuffer()).getData(), rgb);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG decoding in memory failed", e);
        }
    }

    /** Copies 3-byte pixels swapping the first and third byte (RGB to BGR and back). */
    private static void swap(byte[] from, byte[] to) {
        for (int i = 0; i < from.length; i += 3) {
            to[i] = from[i + 2];
            to[i + 1] = from[i + 1];
            to[i + 2] = from[i];
        }
    }
}
