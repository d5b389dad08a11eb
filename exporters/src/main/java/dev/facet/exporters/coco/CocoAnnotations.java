package dev.facet.exporters.coco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.scene.Category;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Modality;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FiniteJson;
import dev.facet.exporters.io.PartParser;
import dev.facet.exporters.io.PartStream;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.RawJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles {@code coco/annotations.json} from the frames' parts in one streaming pass: the
 * images (one per assembled frame, its file and size those of the run) come first, then the
 * annotations, copied part by part in frame order (ids counted from 1), each mask's runs
 * copied as the part's bytes. Each part's image must be the one the run gives its frame.
 * Memory stays bounded whatever the number of frames.
 */
final class CocoAnnotations {
    /** One visible object as its part holds it. */
    private record PartObject(int instanceId, int categoryId, int[] bbox, long pixelCount, RawJson counts) {
    }

    /** A frame's part: its image and visible objects. */
    private record Part(long frame, String fileName, int width, int height, Long sequence, Integer step,
                        List<PartObject> objects) {
    }

    private CocoAnnotations() {
    }

    static void write(Path folder, Assembly assembly) throws IOException {
        DatasetInfo run = assembly.info();
        long[] frames = assembly.frames();
        AtomicFiles.write(folder.resolve(CocoExporter.FILE), out -> {
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            try (JsonGenerator g = FiniteJson.guard(json, CocoExporter.FILE)) {
                g.writeStartObject();
                g.writeObjectFieldStart("info");
                g.writeStringField("description", "Facet synthetic dataset, scenario " + run.scenarioName());
                g.writeStringField("version", run.generatorVersion());
                g.writeNumberField("seed", run.seed());
                g.writeEndObject();
                int length = sequenceLength(run);
                writeImages(g, run, frames, length);
                writeVideos(g, frames, length);
                writeCategories(g, run);
                g.writeArrayFieldStart("annotations");
                long[] id = {1};
                PartStream.inOrder(frames, k -> Parts.of(folder, k), "rle_counts", CocoAnnotations::read, (k, part) -> {
                    check(part, k, run, length, Parts.of(folder, k));
                    for (PartObject o : part.objects()) {
                        writeAnnotation(g, id[0]++, part, o);
                    }
                });
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /**
     * The steps of each sequence of the run's scenario ({@code sequence.frames} of the scenario it
     * records), 0 when its frames are still ones. Frame k is step k % length of sequence k / length.
     */
    static int sequenceLength(DatasetInfo run) {
        if (run.scenario().get("sequence") instanceof java.util.Map<?, ?> seq && seq.get("frames") instanceof Number n) {
            return n.intValue();
        }
        return 0;
    }

    private static void writeImages(JsonGenerator g, DatasetInfo run, long[] frames, int length) throws IOException {
        g.writeArrayFieldStart("images");
        for (long k : frames) {
            g.writeStartObject();
            g.writeNumberField("id", k);
            g.writeStringField("file_name", DatasetLayout.file(Modality.RGB, k));
            g.writeNumberField("width", run.size().width());
            g.writeNumberField("height", run.size().height());
            if (length > 0) {
                g.writeNumberField("video_id", k / length);
                g.writeNumberField("frame_id", k % length);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The sequences as videos, in the CocoVID form of mmtracking (and TAO): one entry per sequence
     * with a frame in the dataset; absent when no frame belongs to a sequence.
     */
    private static void writeVideos(JsonGenerator g, long[] frames, int length) throws IOException {
        if (length == 0 || frames.length == 0) {
            return;
        }
        g.writeArrayFieldStart("videos");
        long last = -1;
        for (long k : frames) {  // frames come in increasing order
            long s = k / length;
            if (s != last) {
                g.writeStartObject();
                g.writeNumberField("id", s);
                g.writeStringField("name", DatasetLayout.sequence(s));
                g.writeEndObject();
                last = s;
            }
        }
        g.writeEndArray();
    }

    private static void writeCategories(JsonGenerator g, DatasetInfo run) throws IOException {
        g.writeArrayFieldStart("categories");
        for (Category c : run.categories()) {
            g.writeStartObject();
            g.writeNumberField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("supercategory", "object");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The images were written from the run: each part must show that image. */
    private static void check(Part part, long frame, DatasetInfo run, int length, Path file) throws IOException {
        Long sequence = length > 0 ? frame / length : null;
        Integer step = length > 0 ? (int) (frame % length) : null;
        if (!java.util.Objects.equals(part.sequence(), sequence) || !java.util.Objects.equals(part.step(), step)) {
            throw new IOException("the part " + file + " gives sequence " + part.sequence() + ", step " + part.step()
                    + " for frame " + frame + "; this run's scenario gives sequence " + sequence + ", step " + step);
        }
        if (part.frame() != frame || !DatasetLayout.file(Modality.RGB, frame).equals(part.fileName())
                || part.width() != run.size().width() || part.height() != run.size().height()) {
            throw new IOException("the part " + file + " is not frame " + frame + " of this run (it gives frame "
                    + part.frame() + ", " + part.fileName() + ", " + part.width() + "x" + part.height() + "; the run: "
                    + DatasetLayout.file(Modality.RGB, frame) + ", " + run.size().width() + "x" + run.size().height() + ")");
        }
    }

    private static void writeAnnotation(JsonGenerator g, long id, Part im, PartObject o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("image_id", im.frame());
        g.writeNumberField("category_id", o.categoryId());
        g.writeFieldName("bbox");
        g.writeArray(o.bbox(), 0, o.bbox().length);
        g.writeNumberField("area", o.pixelCount());
        g.writeNumberField("iscrowd", 0);
        g.writeObjectFieldStart("segmentation");
        g.writeFieldName("size");
        g.writeArray(new int[] {im.height(), im.width()}, 0, 2);
        g.writeFieldName("counts");
        o.counts().writeTo(g);
        g.writeEndObject();
        g.writeNumberField("instance_id", o.instanceId());
        g.writeNumberField("visible_pixel_count", o.pixelCount());
        g.writeEndObject();
    }

    /** A part as {@link CocoImage#writePart} writes it. */
    private static Part read(PartParser p) throws IOException {
        long frame = -1;
        String fileName = null;
        int width = -1;
        int height = -1;
        Long sequence = null;
        Integer step = null;
        List<PartObject> objects = new ArrayList<>();
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "frame" -> frame = p.longValue();
                case "file_name" -> fileName = p.text();
                case "width" -> width = p.intValue();
                case "height" -> height = p.intValue();
                case "sequence" -> sequence = p.longValue();
                case "step" -> step = p.intValue();
                case "objects" -> {
                    p.startArray();
                    while (p.nextElement()) {
                        objects.add(readObject(p));
                    }
                }
                default -> p.skip();
            }
        }
        return new Part(frame, fileName, width, height, sequence, step, objects);
    }

    private static PartObject readObject(PartParser p) throws IOException {
        int instanceId = 0;
        int categoryId = 0;
        int[] bbox = null;
        long pixelCount = 0;
        RawJson counts = null;
        p.startObject();
        for (String field = p.nextField(); field != null; field = p.nextField()) {
            switch (field) {
                case "instance_id" -> instanceId = p.intValue();
                case "category_id" -> categoryId = p.intValue();
                case "bbox" -> bbox = p.ints();
                case "pixel_count" -> pixelCount = p.longValue();
                case "rle_counts" -> counts = p.intsAsWritten();
                default -> p.skip();
            }
        }
        if (bbox == null || bbox.length != 4 || counts == null) {
            throw p.bad("an object lacks its bbox of 4 or its rle_counts");
        }
        return new PartObject(instanceId, categoryId, bbox, pixelCount, counts);
    }
}
