package dev.facet.exporters.mot;

import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.ExporterOption;
import dev.facet.engine.spi.ExporterOptions;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.exporters.io.AtomicFiles;
import dev.facet.exporters.io.DatasetLayout;
import dev.facet.exporters.io.FolderExporter;
import dev.facet.exporters.io.FrameImages;
import dev.facet.exporters.io.Parts;
import dev.facet.exporters.io.PngEncoder;
import dev.facet.exporters.io.Visibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * MOTChallenge ground truth for tracking, laid out as TrackEval reads it: per sequence
 * {@code mot/facet-all/sequence_SSSSSS/} with {@code gt/gt.txt}, {@code seqinfo.ini} and the
 * frames in {@code img1/TTTTTT.png} (TTTTTT = step + 1), plus {@code mot/seqmaps/facet-all.txt}.
 * Ids are instance ids, fixed through a sequence. One row per visible object and frame, its box
 * the visible box (the COCO box, in MOT's 1-based pixels), class its category id, visibility its
 * visible over its whole unoccluded silhouette (so the run makes amodal masks). Frames outside
 * sequences are sequences of one frame. gt.txt and seqinfo.ini are assembled from the frames'
 * parts {@code mot/parts/NNNNNN.json}.
 */
public final class MotExporter extends FolderExporter {
    /** TrackEval's benchmark-split folder name: {@code --BENCHMARK facet --SPLIT_TO_EVAL all}. */
    static final String SPLIT = "facet-all";

    private boolean images = true;

    public MotExporter() {
        super("mot");
    }

    @Override
    public String name() {
        return "mot";
    }

    @Override
    public String description() {
        return "mot/facet-all/: MOTChallenge tracking ground truth per sequence (gt/gt.txt, seqinfo.ini, img1/)";
    }

    @Override
    public List<ExporterOption> options() {
        return List.of(new ExporterOption("images", ExporterOption.Type.BOOLEAN, true,
                "write each sequence's frames into img1/ (the RGB PNG, byte for byte)"));
    }

    @Override
    public void configure(ExporterOptions options) {
        images = options.bool("images");
    }

    /** Visibility needs the amodal masks. */
    @Override
    public Set<Modality> layers() {
        return Set.of(Modality.AMODAL);
    }

    @Override
    protected void prepare(Path mot) throws IOException {
        Files.createDirectories(mot.resolve(Parts.FOLDER));
    }

    /** The folder of sequence {@code s}. */
    static Path sequenceFolder(Path mot, long s) {
        return mot.resolve(SPLIT).resolve(DatasetLayout.sequence(s));
    }

    @Override
    public void write(Frame frame) throws IOException {
        Scene scene = frame.scene();
        long sequence = scene.sequence() != null ? scene.sequence() : frame.index();
        int step = scene.step() != null ? scene.step() : 0;
        List<MotFrame.Row> rows = new ArrayList<>();
        for (ObjectAnnotation a : frame.annotations()) {
            if (a.visible()) {
                rows.add(new MotFrame.Row(a.instanceId(), a.bbox().clone(), a.object().category().id(),
                        Visibility.of(frame, a)));
            }
        }
        if (images) {
            Path img = sequenceFolder(folder(), sequence).resolve("img1");
            Files.createDirectories(img);
            AtomicFiles.write(img.resolve(DatasetLayout.stem(step + 1L) + ".png"),
                    FrameImages.rgbPng(frame, PngEncoder.DEFAULT_LEVEL));
        }
        MotFrame part = new MotFrame(frame.index(), sequence, step, scene.timeS(), frame.pixels().width(),
                frame.pixels().height(), List.copyOf(rows));
        Parts.write(Parts.of(folder(), frame.index()), part::writePart);
    }

    /** Writes every sequence's gt/gt.txt and seqinfo.ini, and the seqmap, from the frames' parts. */
    @Override
    public void assemble(Assembly assembly) throws IOException {
        Path mot = folderIn(assembly.info().out());
        Map<Long, List<MotFrame>> sequences = new TreeMap<>();
        for (long k : assembly.frames()) {
            MotFrame f = MotFrame.readPart(Parts.read(Parts.of(mot, k)));
            sequences.computeIfAbsent(f.sequence(), s -> new ArrayList<>()).add(f);
        }
        SequenceTiming timing = SequenceTiming.of(assembly.info());
        StringBuilder seqmap = new StringBuilder("name\n");
        for (Map.Entry<Long, List<MotFrame>> e : sequences.entrySet()) {
            Path folder = sequenceFolder(mot, e.getKey());
            Files.createDirectories(folder.resolve("gt"));
            List<MotFrame> frames = e.getValue();
            StringBuilder gt = new StringBuilder();
            for (MotFrame f : frames) {  // frame order, each frame's objects in scene order
                for (MotFrame.Row r : f.rows()) {
                    gt.append(r.line(f.step() + 1)).append('\n');
                }
            }
            AtomicFiles.write(folder.resolve("gt").resolve("gt.txt"), gt.toString().getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(folder.resolve("seqinfo.ini"),
                    seqinfo(e.getKey(), frames, timing, assembly.info()).getBytes(StandardCharsets.UTF_8));
            seqmap.append(DatasetLayout.sequence(e.getKey())).append('\n');
        }
        Files.createDirectories(mot.resolve("seqmaps"));
        AtomicFiles.write(mot.resolve("seqmaps").resolve(SPLIT + ".txt"), seqmap.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String seqinfo(long sequence, List<MotFrame> frames, SequenceTiming timing, DatasetInfo info) {
        MotFrame first = frames.get(0);
        return "[Sequence]\n"
                + "name=" + DatasetLayout.sequence(sequence) + "\n"
                + "imDir=img1\n"
                + "frameRate=" + timing.frameRate() + "\n"
                + "seqLength=" + timing.length(sequence, frames, info.frames()) + "\n"
                + "imWidth=" + first.width() + "\n"
                + "imHeight=" + first.height() + "\n"
                + "imExt=.png\n";
    }
}
