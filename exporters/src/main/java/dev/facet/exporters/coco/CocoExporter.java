package dev.facet.exporters.coco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.facet.engine.scene.Category;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FiniteJson;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.ObjectMask;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.Rle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code coco/annotations.json}: COCO instance segmentation. One image per frame (id = frame
 * index, file name {@code rgb/NNNNNN.png} relative to the dataset root), one annotation per
 * visible object with its tight box, area = visible pixel count, iscrowd 0 and the visible
 * mask as uncompressed column-major RLE. Each frame's image and annotations are its part
 * ({@code coco/parts/NNNNNN.json}); the file is assembled from the parts, sorted by image id,
 * with annotation ids counted from 1 in that order.
 */
public final class CocoExporter extends FolderExporter {
    static final String FILE = "annotations.json";

    public CocoExporter() {
        super("coco");
    }

    @Override
    public String name() {
        return "coco";
    }

    @Override
    public String description() {
        return "coco/annotations.json: COCO instance segmentation (boxes, RLE masks, areas) for pycocotools";
    }

    @Override
    protected void prepare(Path folder) throws IOException {
        Files.createDirectories(folder.resolve(Parts.FOLDER));
    }

    /** Writes the frame's part, {@code coco/parts/NNNNNN.json}: its image and annotations. */
    @Override
    public void write(Frame frame) throws IOException {
        RenderedFrame px = frame.pixels();
        List<CocoImage.CocoObject> entries = new ArrayList<>();
        for (ObjectAnnotation a : frame.annotations()) {
            if (a.visible()) {
                entries.add(new CocoImage.CocoObject(a.instanceId(), a.object().category().id(), a.bbox().clone(),
                        a.pixelCount(), Rle.encode(ObjectMask.of(frame, a), px.width(), px.height())));
            }
        }
        String fileName = DatasetLayout.file(Modality.RGB, frame.index());
        CocoImage image = new CocoImage(frame.index(), fileName, px.width(), px.height(), frame.scene().sequence(),
                frame.scene().step(), List.copyOf(entries));
        Parts.write(Parts.of(folder(), frame.index()), image::writePart);
    }

    /** Writes {@code coco/annotations.json} from the frames' parts, sorted by image id. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        DatasetInfo run = assembly.info();
        Path folder = folderIn(run.out());
        List<CocoImage> images = new ArrayList<>(assembly.count());
        for (long k : assembly.frames()) {
            images.add(CocoImage.readPart(Parts.read(Parts.of(folder, k))));
        }
        AtomicFiles.write(folder.resolve(FILE), out -> {
            try (JsonGenerator g = FiniteJson.guard(new JsonFactory().createGenerator(out, JsonEncoding.UTF8), FILE)) {
                writeDocument(g, run, images);
            }
        });
    }

    private static void writeDocument(JsonGenerator g, DatasetInfo run, List<CocoImage> images) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("info");
        g.writeStringField("description", "Facet synthetic dataset, scenario " + run.scenarioName());
        g.writeStringField("version", run.generatorVersion());
        g.writeNumberField("seed", run.seed());
        g.writeEndObject();
        g.writeArrayFieldStart("images");
        for (CocoImage im : images) {
            g.writeStartObject();
            g.writeNumberField("id", im.frame());
            g.writeStringField("file_name", im.fileName());
            g.writeNumberField("width", im.width());
            g.writeNumberField("height", im.height());
            if (im.sequence() != null) {
                g.writeNumberField("video_id", im.sequence());
                g.writeNumberField("frame_id", im.step());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        writeVideos(g, images);
        g.writeArrayFieldStart("categories");
        for (Category c : run.categories()) {
            g.writeStartObject();
            g.writeNumberField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("supercategory", "object");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
        long id = 1;
        for (CocoImage im : images) {
            for (CocoImage.CocoObject o : im.objects()) {
                writeAnnotation(g, id++, im, o);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The sequences as videos, in the CocoVID form of mmtracking (and TAO): one entry per sequence
     * with a frame in the dataset; absent when no frame belongs to a sequence.
     */
    private static void writeVideos(JsonGenerator g, List<CocoImage> images) throws IOException {
        java.util.SortedSet<Long> sequences = new java.util.TreeSet<>();
        images.stream().filter(im -> im.sequence() != null).forEach(im -> sequences.add(im.sequence()));
        if (sequences.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("videos");
        for (long s : sequences) {
            g.writeStartObject();
            g.writeNumberField("id", s);
            g.writeStringField("name", DatasetLayout.sequence(s));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeAnnotation(JsonGenerator g, long id, CocoImage im, CocoImage.CocoObject o)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("image_id", im.frame());
        g.writeNumberField("category_id", o.categoryId());
        g.writeFieldName("bbox");
        g.writeArray(o.bbox(), 0, 4);
        g.writeNumberField("area", o.pixelCount());
        g.writeNumberField("iscrowd", 0);
        g.writeObjectFieldStart("segmentation");
        g.writeFieldName("size");
        g.writeArray(new int[] {im.height(), im.width()}, 0, 2);
        g.writeFieldName("counts");
        g.writeArray(o.rleCounts(), 0, o.rleCounts().length);
        g.writeEndObject();
        g.writeNumberField("instance_id", o.instanceId());
        g.writeNumberField("visible_pixel_count", o.pixelCount());
        g.writeEndObject();
    }
}
