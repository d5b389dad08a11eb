package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.Pixels;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every frame has every file of the run's modalities, each decodes, and each has the
 * manifest's image size. Hands the decoded files on to the checks that compare them.
 */
final class IntegrityCheck {
    static final String FILES = "files";
    static final String DECODE = "decode";
    static final String SIZE = "size";

    private final Dataset dataset;
    private final Findings findings;

    IntegrityCheck(Dataset dataset, Findings findings) {
        this.dataset = dataset;
        this.findings = findings;
        for (String check : new String[] {FILES, DECODE, SIZE}) {
            findings.declare(check);
        }
    }

    FrameData load(long frame) {
        FrameMeta meta = null;
        Path metaFile = dataset.file(Layout.META, frame);
        try {
            meta = FrameMeta.read(metaFile);
            findings.held(DECODE);
            if (meta.frame() != frame) {
                findings.failed(DECODE, metaFile, "says frame " + meta.frame() + ", its name says " + frame);
            }
        } catch (IOException e) {
            findings.failed(DECODE, metaFile, "does not parse: " + firstLine(e));
        }
        Pixels.Gray instance = gray(Layout.INSTANCE, frame);
        Pixels.Gray semantic = gray(Layout.SEMANTIC, frame);
        Pixels.Floats depth = depth(frame);
        if (dataset.has(Layout.RGB)) {
            Path file = present(Layout.RGB, frame);
            if (file != null) {
                try {
                    BufferedImage rgb = Pixels.image(file);
                    findings.held(DECODE);
                    size(file, rgb.getWidth(), rgb.getHeight());
                } catch (IOException e) {
                    findings.failed(DECODE, file, firstLine(e));
                }
            }
        }
        return new FrameData(frame, meta, instance, semantic, depth);
    }

    private Pixels.Gray gray(String modality, long frame) {
        if (!dataset.has(modality)) {
            return null;
        }
        Path file = present(modality, frame);
        if (file == null) {
            return null;
        }
        try {
            BufferedImage image = Pixels.image(file);
            findings.held(DECODE);
            if (image.getRaster().getNumBands() != 1 || image.getColorModel().getPixelSize() != 16) {
                findings.failed(DECODE, file, "expected a 16-bit grayscale PNG");
                return null;
            }
            return size(file, image.getWidth(), image.getHeight()) ? Pixels.gray(image) : null;
        } catch (IOException e) {
            findings.failed(DECODE, file, firstLine(e));
            return null;
        }
    }

    private Pixels.Floats depth(long frame) {
        if (!dataset.has(Layout.DEPTH)) {
            return null;
        }
        Path file = present(Layout.DEPTH, frame);
        if (file == null) {
            return null;
        }
        try {
            Pixels.Floats d = Pixels.npy(file);
            findings.held(DECODE);
            return size(file, d.width(), d.height()) ? d : null;
        } catch (IOException | RuntimeException e) {
            findings.failed(DECODE, file, firstLine(e));
            return null;
        }
    }

    private Path present(String modality, long frame) {
        Path file = dataset.file(modality, frame);
        boolean there = Files.isRegularFile(file);
        findings.expect(there, FILES, file, "missing (dataset.json lists modality " + modality + ")");
        return there ? file : null;
    }

    private boolean size(Path file, int w, int h) {
        return findings.expect(w == dataset.width() && h == dataset.height(), SIZE, file,
                "is " + w + "x" + h + ", dataset.json image_size is " + dataset.width() + "x" + dataset.height());
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
