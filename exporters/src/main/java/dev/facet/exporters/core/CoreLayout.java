package dev.facet.exporters.core;

import dev.facet.engine.spi.Modality;
import dev.facet.exporters.io.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the core files of a dataset live (see the dataset format, "Layout"). */
public final class CoreLayout {
    public static final String META = "meta";
    public static final String MANIFEST = "dataset.json";
    /** The folders the core exporter writes, in the order a frame's files are written (meta last). */
    public static final List<String> FOLDERS = folders();

    private static final Pattern META_NAME = Pattern.compile("\\d{6,}\\.json");

    private CoreLayout() {
    }

    public static Path rgb(Path out, long frame) {
        return file(Modality.RGB, out, frame);
    }

    public static Path instance(Path out, long frame) {
        return file(Modality.INSTANCE, out, frame);
    }

    public static Path semantic(Path out, long frame) {
        return file(Modality.SEMANTIC, out, frame);
    }

    public static Path depth(Path out, long frame) {
        return file(Modality.DEPTH, out, frame);
    }

    public static Path meta(Path out, long frame) {
        return out.resolve(META).resolve(DatasetLayout.stem(frame) + ".json");
    }

    /** A frame's file of a per-pixel modality. */
    public static Path file(Modality modality, Path out, long frame) {
        return out.resolve(modality.id()).resolve(DatasetLayout.stem(frame) + DatasetLayout.extension(modality));
    }

    /** Frames present in a dataset folder: the number of {@code meta/NNNNNN.json} files. */
    public static long countFrames(Path out) throws IOException {
        Path meta = out.resolve(META);
        if (!Files.isDirectory(meta)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(meta)) {
            return files.filter(p -> META_NAME.matcher(p.getFileName().toString()).matches()).count();
        }
    }

    private static List<String> folders() {
        List<String> folders = new ArrayList<>(Modality.NAMES);
        folders.add(META);
        return List.copyOf(folders);
    }
}
