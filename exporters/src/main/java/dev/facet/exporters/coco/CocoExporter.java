package dev.facet.exporters.coco;

import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.io.DatasetLayout;
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
        CocoAnnotations.write(folderIn(assembly.info().out()), assembly);
    }
}
