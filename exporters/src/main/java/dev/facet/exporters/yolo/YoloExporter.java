package dev.facet.exporters.yolo;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.exporters.core.CoreLayout;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Ultralytics layout: {@code yolo/images/NNNNNN.png} (hard links to {@code rgb/} where the
 * file system allows, else copies), {@code yolo/labels/NNNNNN.txt} with one line per visible
 * object, and {@code yolo/data.yaml} naming the classes (written at the end of the run).
 * Class indices are 0-based: the run's categories sorted by id, numbered from 0.
 * Task {@code detect}: {@code class cx cy w h}; task {@code segment}: {@code class x1 y1 x2 y2 ...},
 * the outline of the object's visible pixels. All coordinates are normalised to 0..1.
 */
public final class YoloExporter implements Exporter {
    static final String FOLDER = "yolo";

    enum Task { DETECT, SEGMENT }

    private Task task = Task.DETECT;
    private volatile DatasetInfo info;
    private volatile ClassIndex classes;
    private final ThreadLocal<PngEncoder> encoders = ThreadLocal.withInitial(PngEncoder::new);

    /** Per-frame files, and run-level files rewritten whole: a resumed run completes them. */
    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public String name() {
        return "yolo";
    }

    @Override
    public String description() {
        return "yolo/: Ultralytics images, labels (boxes or segment polygons) and data.yaml";
    }

    @Override
    public List<ExporterOption> options() {
        return List.of(new ExporterOption("task", ExporterOption.Type.TEXT, "detect",
                "detect (boxes) or segment (polygons traced from the instance mask)"));
    }

    @Override
    public void configure(ExporterOptions options) {
        String t = options.text("task");
        task = switch (t) {
            case "detect" -> Task.DETECT;
            case "segment" -> Task.SEGMENT;
            default -> throw new IllegalArgumentException("option task must be detect or segment, got '" + t + "'");
        };
    }

    @Override
    public void start(DatasetInfo info) throws IOException {
        Files.createDirectories(info.out().resolve(FOLDER).resolve("images"));
        Files.createDirectories(info.out().resolve(FOLDER).resolve("labels"));
        this.classes = new ClassIndex(info.categories());
        this.info = info;
    }

    @Override
    public void write(Frame frame) throws IOException {
        Path out = info.out();
        String stem = CoreLayout.stem(frame.index());
        AtomicFiles.write(out.resolve(FOLDER).resolve("labels").resolve(stem + ".txt"),
                labels(frame).getBytes(StandardCharsets.UTF_8));
        Path image = out.resolve(FOLDER).resolve("images").resolve(stem + ".png");
        Path rgb = CoreLayout.rgb(out, frame.index());
        if (Files.exists(rgb)) {
            AtomicFiles.linkOrCopy(rgb, image);  // core ran first for this frame
        } else {
            RenderedFrame px = frame.pixels();
            AtomicFiles.write(image, o -> encoders.get().writeRgb8(o, px.width(), px.height(), px.rgb()));
        }
    }

    String labels(Frame frame) {
        RenderedFrame px = frame.pixels();
        int w = px.width();
        int h = px.height();
        StringBuilder text = new StringBuilder();
        List<SceneObject> objects = frame.scene().objects();
        for (int i = 0; i < objects.size(); i++) {
            ObjectAnnotation a = frame.annotations().get(i);
            if (!a.visible()) {
                continue;
            }
            SceneObject o = objects.get(i);
            text.append(classes.of(o.category()));
            if (task == Task.DETECT) {
                int[] b = a.bbox();
                appendXy(text, b[0] + b[2] / 2.0, b[1] + b[3] / 2.0, w, h);
                appendXy(text, b[2], b[3], w, h);
            } else {
                // trace inside the object's box: every pixel of the mask is there, so the outline is the same
                int[] b = a.bbox();
                boolean[] mask = new boolean[b[2] * b[3]];
                int[] ids = px.instance();
                for (int y = 0; y < b[3]; y++) {
                    int row = (b[1] + y) * w + b[0];
                    for (int x = 0; x < b[2]; x++) {
                        mask[y * b[2] + x] = ids[row + x] == o.instanceId();
                    }
                }
                int[] polygon = MaskOutline.joined(MaskOutline.trace(mask, b[2], b[3]));
                for (int k = 0; k < polygon.length; k += 2) {
                    appendXy(text, polygon[k] + b[0], polygon[k + 1] + b[1], w, h);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendXy(StringBuilder text, double x, double y, int w, int h) {
        text.append(String.format(Locale.ROOT, " %.6f %.6f", x / w, y / h));
    }

    @Override
    public void finish(long framesWritten) throws IOException {
        Path folder = info.out().resolve(FOLDER);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Facet dataset in the Ultralytics layout (task: ").append(task.name().toLowerCase(Locale.ROOT))
                .append(").\n# path is absolute; change it if you move the dataset.\n");
        yaml.append("path: ").append(quoted(folder.toAbsolutePath().toString())).append('\n');
        yaml.append("train: images\nval: images\n");
        yaml.append("# class index (0-based, contiguous) -> category name; the comment gives Facet's category id\n");
        yaml.append("names:\n");
        List<Category> ordered = classes.ordered();
        for (int i = 0; i < ordered.size(); i++) {
            yaml.append("  ").append(i).append(": ").append(quoted(ordered.get(i).name()))
                    .append("  # category_id ").append(ordered.get(i).id()).append('\n');
        }
        AtomicFiles.write(folder.resolve("data.yaml"), yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
