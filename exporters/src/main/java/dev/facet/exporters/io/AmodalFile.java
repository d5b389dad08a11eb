package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code amodal/NNNNNN.json} document of one frame (and the webdataset {@code .amodal.json}
 * member): for each object whose unoccluded silhouette reaches the BOP canvas, in the scene's
 * order, its counts, boxes and its mask inside the image as COCO's uncompressed RLE
 * ({@code {"size": [H, W], "counts": [...]}}, column-major, pycocotools reads it).
 */
public final class AmodalFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final Object KEY = new Object();

    private AmodalFile() {
    }

    /** The document as UTF-8; made once per frame and shared. Fails when the frame has no amodal masks. */
    public static byte[] json(Frame frame) {
        AmodalMasks masks = frame.pixels().layers().amodal();
        return frame.derived(KEY, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = FiniteJson.guard(JSON.createGenerator(bytes), "amodal masks of frame " + frame.index())) {
                g.useDefaultPrettyPrinter();
                write(g, frame, masks);
            } catch (IOException e) {
                throw new UncheckedIOException("amodal masks of frame " + frame.index(), e);
            }
            return bytes.toByteArray();
        });
    }

    private static void write(JsonGenerator g, Frame frame, AmodalMasks masks) throws IOException {
        int w = frame.pixels().width();
        int h = frame.pixels().height();
        g.writeStartObject();
        g.writeNumberField("frame", frame.index());
        g.writeNumberField("width", w);
        g.writeNumberField("height", h);
        g.writeArrayFieldStart("objects");
        for (ObjectAnnotation a : frame.annotations()) {
            AmodalMasks.Mask m = masks.of(a.instanceId());
            if (m == null) {
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("instance_id", m.instanceId());
            g.writeNumberField("pixel_count", m.pixelCount());
            g.writeNumberField("pixel_count_all", m.pixelCountAll());
            g.writeNumberField("visibility", Visibility.of(a, m));
            if (m.pixelCount() > 0) {
                g.writeFieldName("bbox");
                g.writeArray(m.bbox(), 0, 4);
            }
            int[] c = m.canvasBox();
            g.writeFieldName("bbox_all");
            g.writeArray(new int[] {c[0], c[1], c[2] - c[0] + 1, c[3] - c[1] + 1}, 0, 4);
            g.writeObjectFieldStart("segmentation");
            g.writeFieldName("size");
            g.writeArray(new int[] {h, w}, 0, 2);
            int[] counts = Rle.encode(new ObjectMask(m.x(), m.y(), m.width(), m.height(), m.pixels()), w, h);
            g.writeFieldName("counts");
            g.writeArray(counts, 0, counts.length);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
