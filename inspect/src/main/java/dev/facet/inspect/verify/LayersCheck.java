package dev.facet.inspect.verify;

import dev.facet.engine.scene.LensDistortion;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import dev.facet.inspect.dataset.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The optional layers by their contract (docs/optional-layers.md), from the files alone:
 * normals unit length on surfaces and 0 elsewhere; object_coords in [0, 1] on objects and NaN
 * elsewhere; flow valid only on objects and 0 where not valid; and, where frame k + 1 is the next
 * step of k's sequence, the flow of every valid pixel against the reprojection of its point from
 * k's depth and K and both frames' meta poses: 99 % within {@link #FLOW_PX} px.
 */
final class LayersCheck {
    static final String CHECK = "layers";
    static final double FLOW_PX = 0.05;

    private final Dataset dataset;
    private final Findings findings;
    private long flowChecked;
    private long flowWithin;

    LayersCheck(Dataset dataset, Findings findings) {
        this.dataset = dataset;
        this.findings = findings;
        if (dataset.has(Layout.NORMALS) || dataset.has(Layout.OBJECT_COORDS) || dataset.has(Layout.FLOW)) {
            findings.declare(CHECK);
        }
    }

    void check(FrameData f) {
        if (f.instance() == null) {
            return;
        }
        int[] ids = f.instance().samples();
        try {
            if (dataset.has(Layout.NORMALS)) {
                normals(f.frame(), ids);
            }
            if (dataset.has(Layout.OBJECT_COORDS)) {
                coords(f.frame(), ids);
            }
            if (dataset.has(Layout.FLOW)) {
                flow(f, ids);
            }
        } catch (IOException e) {
            findings.failed(CHECK, dataset.root(), IntegrityCheck.firstLine(e));
        }
    }

    private void normals(long frame, int[] ids) throws IOException {
        Path file = dataset.file(Layout.NORMALS, frame);
        float[] n = Pixels.npy(file, 3).values();
        long wrong = 0;
        for (int i = 0; i < ids.length && 3 * i + 2 < n.length; i++) {
            double len = Math.sqrt(n[3 * i] * n[3 * i] + n[3 * i + 1] * n[3 * i + 1] + n[3 * i + 2] * n[3 * i + 2]);
            wrong += Math.abs(len - (ids[i] == 0 ? 0 : 1)) > 1e-4 ? 1 : 0;
        }
        findings.expect(wrong == 0 && n.length == 3 * ids.length, CHECK, file, wrong
                + " pixels whose normal is not of unit length on a surface or 0 elsewhere");
    }

    private void coords(long frame, int[] ids) throws IOException {
        Path file = dataset.file(Layout.OBJECT_COORDS, frame);
        float[] c = Pixels.npy(file, 3).values();
        long wrong = 0;
        for (int i = 0; i < ids.length && 3 * i + 2 < c.length; i++) {
            for (int a = 0; a < 3; a++) {
                float v = c[3 * i + a];
                wrong += (ids[i] == 0 ? !Float.isNaN(v) : !(v >= 0 && v <= 1)) ? 1 : 0;
            }
        }
        findings.expect(wrong == 0 && c.length == 3 * ids.length, CHECK, file, wrong
                + " values outside [0, 1] on objects or not NaN elsewhere");
    }

    private void flow(FrameData f, int[] ids) throws IOException {
        Path file = dataset.file(Layout.FLOW, f.frame());
        float[] flow = Pixels.npy(file, 2).values();
        Path validFile = dataset.file(Layout.FLOW_VALID, f.frame());
        int[] valid = Pixels.gray(validFile).samples();
        long wrong = 0;
        for (int i = 0; i < ids.length && i < valid.length; i++) {
            boolean ok = valid[i] == 0 ? flow[2 * i] == 0 && flow[2 * i + 1] == 0 : valid[i] == 255 && ids[i] != 0;
            wrong += ok ? 0 : 1;
        }
        findings.expect(wrong == 0 && flow.length == 2 * ids.length && valid.length == ids.length, CHECK, file,
                wrong + " pixels valid off objects, or not 0/255, or invalid with nonzero flow");
        Path nextMeta = dataset.file(Layout.META, f.frame() + 1);
        if (f.depth() == null || f.meta() == null || !Files.isRegularFile(nextMeta)) {
            return;
        }
        FrameMeta next = FrameMeta.read(nextMeta);
        String seq = f.meta().text("sequence");
        if (seq == null || !seq.equals(next.text("sequence"))) {
            return;  // the next step is not in the dataset (the last step of a sequence)
        }
        reproject(f, next, flow, valid, ids, file);
    }

    /** Flow against the reprojection of each valid pixel's point from depth, K, the lens and the poses at t and t+1. */
    private void reproject(FrameData f, FrameMeta next, float[] flow, int[] valid, int[] ids, Path file) {
        FrameMeta t = f.meta();
        double[][] camToWorld = Affine.inverse(t.worldToCamera());
        Map<Integer, double[][]> moves = new HashMap<>();
        Map<Integer, MetaObject> later = new HashMap<>();
        next.objects().forEach(o -> later.put(o.instanceId(), o));
        for (MetaObject o : t.objects()) {
            MetaObject n = later.get(o.instanceId());
            double[][] inv = Affine.inverse(o.worldFromObject());
            if (n != null && inv != null) {
                moves.put(o.instanceId(), Affine.multiply(next.worldToCamera(), Affine.multiply(n.worldFromObject(), inv)));
            }
        }
        int w = f.depth().width();
        double[][] k = t.k();
        double[][] kn = next.k();
        // a distorted camera: each pixel's ray by inverting the meta's lens, the point at t+1 distorted back
        LensDistortion lens = RayCaster.lens(t.raw().path("camera").path("distortion"));
        LensDistortion lensNext = RayCaster.lens(next.raw().path("camera").path("distortion"));
        double[] xy = new double[2];
        long checked = 0;
        long within = 0;
        for (int i = 0; i < ids.length; i++) {
            double[][] m = valid[i] == 0 ? null : moves.get(ids[i]);
            if (m == null || camToWorld == null) {
                continue;
            }
            int u = i % w;
            int v = i / w;
            double d = f.depth().values()[i];
            xy[0] = (u - k[0][2]) / k[0][0];
            xy[1] = (v - k[1][2]) / k[1][1];
            if (lens != null && !lens.undistort(xy[0], xy[1], xy)) {
                continue;
            }
            double[] cam = {xy[0] * d, xy[1] * d, d};
            double[] p = Affine.point(m, Affine.point(camToWorld, cam));
            xy[0] = p[0] / p[2];
            xy[1] = p[1] / p[2];
            if (lensNext != null) {
                lensNext.distort(xy[0], xy[1], xy);
            }
            double du = kn[0][0] * xy[0] + kn[0][2] - u;
            double dv = kn[1][1] * xy[1] + kn[1][2] - v;
            checked++;
            within += Math.hypot(flow[2 * i] - du, flow[2 * i + 1] - dv) <= FLOW_PX ? 1 : 0;
        }
        flowChecked += checked;
        flowWithin += within;
        findings.expect(within >= 0.99 * checked, CHECK, file, (checked - within) + " of " + checked
                + " valid pixels more than " + FLOW_PX + " px from the reprojection of their point (depth, meta poses)");
    }

    /** One line for the report, or null when no flow was reprojected. */
    String summary() {
        return flowChecked == 0 ? null : String.format(java.util.Locale.ROOT,
                "flow: %d valid pixels reprojected from depth and meta poses, %.3f%% within %.2f px",
                flowChecked, 100.0 * flowWithin / flowChecked, FLOW_PX);
    }
}
