package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code facet verify}: the dataset proves its own labels. Runs, frame by frame, the integrity
 * check, the meta-against-pixels check, the analytic ray-cast audit and the check of each
 * exporter output present, then the webdataset shards.
 */
public final class Verifier {
    /** Sampled pixel centres per frame in the ray-cast audit. */
    public static final int AUDIT_SAMPLES = 500;

    private Verifier() {
    }

    public static VerifyReport verify(Dataset dataset) throws IOException {
        Findings findings = new Findings(dataset.root());
        IntegrityCheck integrity = new IntegrityCheck(dataset, findings);
        LabelCheck labels = new LabelCheck(dataset, findings);
        RayCastAudit audit = new RayCastAudit(dataset, findings, AUDIT_SAMPLES);
        CocoCheck coco = CocoCheck.of(dataset, findings);
        YoloCheck yolo = YoloCheck.of(dataset, findings);
        BopCheck bop = BopCheck.of(dataset, findings);
        AmodalCheck amodal = AmodalCheck.of(dataset, findings);
        LayersCheck layers = new LayersCheck(dataset, findings);
        Path depth16 = dataset.root().resolve("depth16");
        boolean hasDepth16 = depth16.toFile().isDirectory();
        if (hasDepth16) {
            findings.declare("depth16");
        }
        long frames = dataset.frames().size();
        long declared = dataset.manifest().path("frames").asLong(frames);
        findings.expect(declared == frames, IntegrityCheck.FILES, dataset.root().resolve("dataset.json"),
                "says " + declared + " frames, meta/ holds " + frames);
        long started = System.nanoTime();
        for (long frame : dataset.frames()) {
            FrameData f = integrity.load(frame);
            labels.check(f);
            audit.check(f);
            layers.check(f);
            if (coco != null) {
                coco.check(f);
            }
            if (yolo != null) {
                yolo.check(f);
            }
            if (bop != null) {
                bop.check(f);
            }
            if (amodal != null) {
                amodal.check(f);
            }
            if (hasDepth16) {
                DepthPngCheck.check(findings, "depth16", depth16.resolve(Layout.stem(frame) + ".png"), f, 1.0);
            }
        }
        WebDatasetCheck.check(dataset, findings);
        if (layers.summary() != null) {
            findings.note(layers.summary());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new VerifyReport(dataset.root(), frames, findings, audit.summary(), seconds);
    }
}
