package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code yolo/labels/NNNNNN.txt} against the meta file: one line per visible object, in
 * object order, its class the 0-based index of its category (categories sorted by id) and
 * its box the normalised {@code bbox_2d} (detect), or its polygon inside that box (segment);
 * {@code yolo/images/} holds the frame's RGB bytes.
 */
final class YoloCheck {
    static final String CHECK = "yolo";
    private static final double TOLERANCE = 1.5e-6;  // labels carry six decimals

    private final Dataset dataset;
    private final Findings findings;
    private final Path folder;
    private final List<Integer> classIds;

    private YoloCheck(Dataset dataset, Findings findings, Path folder) {
        this.dataset = dataset;
        this.findings = findings;
        this.folder = folder;
        this.classIds = dataset.categories().keySet().stream().sorted().toList();
    }

    static YoloCheck of(Dataset dataset, Findings findings) {
        Path folder = dataset.root().resolve("yolo");
        if (!Files.isDirectory(folder)) {
            return null;
        }
        findings.declare(CHECK);
        return new YoloCheck(dataset, findings, folder);
    }

    void check(FrameData f) throws IOException {
        if (f.meta() == null) {
            return;
        }
        String stem = Layout.stem(f.frame());
        Path labels = folder.resolve("labels").resolve(stem + ".txt");
        if (!findings.expect(Files.isRegularFile(labels), CHECK, labels, "missing")) {
            return;
        }
        List<String> lines = Files.readAllLines(labels).stream().filter(l -> !l.isBlank()).toList();
        List<MetaObject> visible = new ArrayList<>();
        for (MetaObject o : f.meta().objects()) {
            if (o.pixelCount() > 0) {
                visible.add(o);
            }
        }
        if (!findings.expect(lines.size() == visible.size(), CHECK, labels, lines.size() + " lines for "
                + visible.size() + " visible objects")) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            checkLine(labels, i + 1, lines.get(i).trim().split("\\s+"), visible.get(i));
        }
        Path image = folder.resolve("images").resolve(stem + ".png");
        Path rgb = dataset.file(Layout.RGB, f.frame());
        if (Files.isRegularFile(rgb)) {
            findings.expect(Files.isRegularFile(image) && Arrays.equals(Files.readAllBytes(image),
                    Files.readAllBytes(rgb)), CHECK, image, "missing or not the bytes of " + Layout.RGB + "/" + stem + ".png");
        }
    }

    private void checkLine(Path labels, int lineNumber, String[] t, MetaObject o) {
        int w = dataset.width();
        int h = dataset.height();
        int[] b = o.bbox();
        String where = "line " + lineNumber + " (" + LabelCheck.describe(o) + ")";
        int expectedClass = classIds.indexOf(o.categoryId());
        if (!findings.expect(t.length >= 5 && t.length % 2 == 1 && t[0].equals(Integer.toString(expectedClass)),
                CHECK, labels, where + ": expected class " + expectedClass + " and coordinates, got " + String.join(" ", t))) {
            return;
        }
        double[] v = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            v[i - 1] = Double.parseDouble(t[i]);
        }
        if (t.length == 5) {
            double[] expected = {(b[0] + b[2] / 2.0) / w, (b[1] + b[3] / 2.0) / h, (double) b[2] / w, (double) b[3] / h};
            boolean same = true;
            for (int i = 0; i < 4; i++) {
                same &= Math.abs(v[i] - expected[i]) <= TOLERANCE;
            }
            findings.expect(same, CHECK, labels, where + ": box " + Arrays.toString(v) + " is not the normalised bbox_2d "
                    + Arrays.toString(b) + " = " + Arrays.toString(expected));
            return;
        }
        boolean inside = true;
        for (int i = 0; i < v.length; i += 2) {
            inside &= v[i] >= (double) b[0] / w - TOLERANCE && v[i] <= (double) (b[0] + b[2]) / w + TOLERANCE
                    && v[i + 1] >= (double) b[1] / h - TOLERANCE && v[i + 1] <= (double) (b[1] + b[3]) / h + TOLERANCE;
        }
        findings.expect(inside, CHECK, labels, where + ": polygon leaves the object's bbox_2d " + Arrays.toString(b));
    }
}
