package dev.facet.exporters.yolo;

import dev.facet.engine.scene.Category;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.ObjectMask;
import dev.facet.exporters.io.PngEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Ultralytics layout: {@code yolo/images/NNNNNN.png} (the RGB image, the same bytes as
 * {@code rgb/} at the default settings), {@code yolo/labels/NNNNNN.txt} with one line per visible
 * object (the frame's part), and {@code yolo/data.yaml} naming the classes (written when the dataset is assembled).
 * Class indices are 0-based: the run's categories sorted by id, numbered from 0.
 * Task {@code detect}: {@code class cx cy w h}; task {@code segment}: {@code class x1 y1 x2 y2 ...},
 * the outline of the object's visible pixels. All coordinates are normalised to 0..1.
 */
public final class YoloExporter extends FolderExporter {
    enum Task { DETECT, SEGMENT }

    private Task task = Task.DETECT;
    private volatile ClassIndex classes;

    public YoloExporter() {
        super("yolo");
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
    protected void prepare(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.createDirectories(folder.resolve("labels"));
        classes = new ClassIndex(info().categories());
    }

    @Override
    public void write(Frame frame) throws IOException {
        String stem = DatasetLayout.stem(frame.index());
        AtomicFiles.write(folder().resolve("labels").resolve(stem + ".txt"), labels(frame).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(folder().resolve("images").resolve(stem + ".png"),
                FrameImages.rgbPng(frame, PngEncoder.DEFAULT_LEVEL));
    }

    /** One line per visible object: its class, then its box or its outline. */
    String labels(Frame frame) {
        int w = frame.pixels().width();
        int h = frame.pixels().height();
        StringBuilder text = new StringBuilder();
        for (ObjectAnnotation a : frame.annotations()) {
            if (!a.visible()) {
                continue;
            }
            text.append(classes.of(a.object().category()));
            if (task == Task.DETECT) {
                int[] b = a.bbox();
                appendXy(text, b[0] + b[2] / 2.0, b[1] + b[3] / 2.0, w, h);
                appendXy(text, b[2], b[3], w, h);
            } else {
                // traced inside the object's box: every pixel of the mask is there, so the outline is the same
                ObjectMask mask = ObjectMask.of(frame, a);
                int[] polygon = MaskOutline.joined(MaskOutline.trace(mask.pixels(), mask.width(), mask.height()));
                for (int k = 0; k < polygon.length; k += 2) {
                    appendXy(text, polygon[k] + mask.x(), polygon[k + 1] + mask.y(), w, h);
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendXy(StringBuilder text, double x, double y, int w, int h) {
        text.append(String.format(Locale.ROOT, " %.6f %.6f", x / w, y / h));
    }

    /** Writes {@code yolo/data.yaml}; the labels files are the frames' parts. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        Path folder = folderIn(assembly.info().out());
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Facet dataset in the Ultralytics layout (task: ").append(task.name().toLowerCase(Locale.ROOT))
                .append(").\n# path is absolute; change it if you move the dataset.\n");
        yaml.append("path: ").append(quoted(folder.toAbsolutePath().toString())).append('\n');
        yaml.append("train: images\nval: images\n");
        yaml.append("# class index (0-based, contiguous) -> category name; the comment gives Facet's category id\n");
        yaml.append("names:\n");
        List<Category> ordered = new ClassIndex(assembly.info().categories()).ordered();
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
