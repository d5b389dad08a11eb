package dev.facet.inspect.verify;

import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.Layout;
import dev.facet.inspect.dataset.MetaObject;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An analytic audit of {@code instance} and {@code depth}: at sampled pixel centres, the ray
 * through the pixel is intersected with every object's primitive from the meta file alone,
 * and the nearest hit is compared with the pixels. Pixels whose hit is a mesh, or within one
 * pixel of a silhouette edge (a neighbour's ray hits another object), are skipped.
 */
final class RayCastAudit {
    static final String INSTANCE = "raycast-instance";
    static final String DEPTH = "raycast-depth";
    /** Least share of audited pixels whose instance id agrees with the ray cast. */
    static final double MIN_AGREEMENT = 0.99;
    /** Largest 99th percentile of relative depth error on one frame. */
    static final double MAX_P99_RELATIVE = 0.01;

    private final Dataset dataset;
    private final Findings findings;
    private final int samplesPerFrame;
    private long audited;
    private long agreed;
    private long skipped;
    private float[] errors = new float[1024];
    private int errorCount;

    RayCastAudit(Dataset dataset, Findings findings, int samplesPerFrame) {
        this.dataset = dataset;
        this.findings = findings;
        this.samplesPerFrame = samplesPerFrame;
        findings.declare(INSTANCE);
        findings.declare(DEPTH);
    }

    void check(FrameData f) {
        if (f.meta() == null || f.instance() == null || !hasPrimitive(f)) {
            return;
        }
        RayCaster caster = new RayCaster(f.meta());
        int w = f.instance().width();
        int h = f.instance().height();
        int[] ids = f.instance().samples();
        SplittableRandom random = new SplittableRandom(0x5eed ^ f.frame());
        long frameAudited = 0;
        long frameAgreed = 0;
        int frameStart = errorCount;
        for (int s = 0; s < samplesPerFrame; s++) {
            int u = random.nextInt(w);
            int v = random.nextInt(h);
            RayCaster.Hit hit = caster.cast(u, v);
            if (hit.mesh() || nearEdge(caster, hit, u, v)) {
                skipped++;
                continue;
            }
            frameAudited++;
            if (ids[v * w + u] == hit.instanceId()) {
                frameAgreed++;
                if (hit.instanceId() != 0 && f.depth() != null) {
                    addError((float) (Math.abs(f.depth().values()[v * w + u] - hit.z()) / hit.z()));
                }
            }
        }
        audited += frameAudited;
        agreed += frameAgreed;
        double share = frameAudited == 0 ? 1 : (double) frameAgreed / frameAudited;
        findings.expect(share >= MIN_AGREEMENT, INSTANCE, dataset.file(Layout.INSTANCE, f.frame()), String.format(
                "instance id agrees with the analytic ray cast at %d of %d sampled pixels (%.2f%%, need %.0f%%)",
                frameAgreed, frameAudited, 100 * share, 100 * MIN_AGREEMENT));
        if (f.depth() != null && errorCount > frameStart) {
            float[] frameErrors = Arrays.copyOfRange(errors, frameStart, errorCount);
            Arrays.sort(frameErrors);
            double p99 = percentile(frameErrors, 0.99);
            findings.expect(p99 <= MAX_P99_RELATIVE, DEPTH, dataset.file(Layout.DEPTH, f.frame()), String.format(
                    "depth differs from the analytic ray cast: p99 relative error %.4f (limit %.2f)", p99,
                    MAX_P99_RELATIVE));
        }
    }

    private static boolean hasPrimitive(FrameData f) {
        for (MetaObject o : f.meta().objects()) {
            if (!"mesh".equals(o.shapeType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearEdge(RayCaster caster, RayCaster.Hit hit, int u, int v) {
        int[][] around = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
        for (int[] d : around) {
            RayCaster.Hit n = caster.cast(u + d[0], v + d[1]);
            if (n.instanceId() != hit.instanceId() || n.mesh()) {
                return true;
            }
        }
        return false;
    }

    private void addError(float e) {
        if (errorCount == errors.length) {
            errors = Arrays.copyOf(errors, 2 * errorCount);
        }
        errors[errorCount++] = e;
    }

    /** The figures over all frames: pixels audited, agreement, depth error percentiles. */
    AuditSummary summary() {
        float[] sorted = Arrays.copyOf(errors, errorCount);
        Arrays.sort(sorted);
        return new AuditSummary(audited, agreed, skipped, errorCount, percentile(sorted, 0.5),
                percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    static double percentile(float[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    /** Audit figures; depth errors are relative (|depth - z| / z) over agreeing object pixels. */
    record AuditSummary(long audited, long agreed, long skipped, long depthSamples, double depthP50,
                        double depthP99, double depthMax) {
        double agreement() {
            return audited == 0 ? 1 : (double) agreed / audited;
        }
    }
}
