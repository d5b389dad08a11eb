package dev.facet.exporters.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the core modalities of a dataset live (see the dataset format, "Layout"). */
public final class CoreLayout {
    public static final String RGB = "rgb";
    public static final String INSTANCE = "instance";
    public static final String SEMANTIC = "semantic";
    public static final String DEPTH = "depth";
    public static final String META = "meta";
    public static final String MANIFEST = "dataset.json";
    /** The folders the core exporter writes, in the order a frame's files are written (meta last). */
    public static final List<String> FOLDERS = List.of(RGB, INSTANCE, SEMANTIC, DEPTH, META);

    private static final Pattern META_NAME = Pattern.compile("\\d{6,}\\.json");

    private CoreLayout() {
    }

    /** Six-digit zero-padded frame number, e.g. {@code 000012}. */
    public static String stem(long frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must not be negative: " + frame);
        }
        return String.format("%06d", frame);
    }

    public static Path rgb(Path out, long frame) {
        return out.resolve(RGB).resolve(stem(frame) + ".png");
    }

    public static Path instance(Path out, long frame) {
        return out.resolve(INSTANCE).resolve(stem(frame) + ".png");
    }

    public static Path semantic(Path out, long frame) {
        return out.resolve(SEMANTIC).resolve(stem(frame) + ".png");
    }

    public static Path depth(Path out, long frame) {
        return out.resolve(DEPTH).resolve(stem(frame) + ".npy");
    }

    public static Path meta(Path out, long frame) {
        return out.resolve(META).resolve(stem(frame) + ".json");
    }

    /** The file of per-pixel modality {@code modality} (rgb, instance, semantic or depth) of a frame. */
    public static Path file(String modality, Path out, long frame) {
        return switch (modality) {
            case RGB -> rgb(out, frame);
            case INSTANCE -> instance(out, frame);
            case SEMANTIC -> semantic(out, frame);
            case DEPTH -> depth(out, frame);
            default -> throw new IllegalArgumentException("no per-pixel modality '" + modality + "'");
        };
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
}
