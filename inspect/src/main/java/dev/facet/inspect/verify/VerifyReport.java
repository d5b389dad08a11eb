package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.inspect.dataset.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@link Verifier} found, as text for a person or JSON for a machine. */
public record VerifyReport(Path root, long frames, Findings findings, RayCastAudit.AuditSummary audit,
                           double seconds) {
    /** Findings printed per check in the text report; the JSON report lists them all. */
    static final int SHOWN_PER_CHECK = 10;

    public boolean passed() {
        return findings.allHeld();
    }

    public List<Finding> failures() {
        return findings.failures();
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("facet verify: ").append(root).append(" (").append(frames).append(" frames)\n");
        List<Finding> failures = findings.failures();
        for (Map.Entry<String, long[]> e : findings.tally().entrySet()) {
            long held = e.getValue()[0];
            long failed = e.getValue()[1];
            s.append(String.format(Locale.ROOT, "  %-4s  %-16s %d held, %d failed%n", failed == 0 ? "ok" : "FAIL",
                    e.getKey(), held, failed));
            failures.stream().filter(f -> f.check().equals(e.getKey())).limit(SHOWN_PER_CHECK)
                    .forEach(f -> s.append("        ").append(f.file()).append(": ").append(f.message()).append('\n'));
            if (failed > SHOWN_PER_CHECK) {
                s.append("        ... and ").append(failed - SHOWN_PER_CHECK).append(" more (--json lists all)\n");
            }
        }
        s.append(String.format(Locale.ROOT, "  audit: %d pixel centres ray-cast (%d skipped: mesh or edge), "
                + "instance agreement %.3f%%, depth relative error p50 %.2e p99 %.2e max %.2e%n", audit.audited(),
                audit.skipped(), 100 * audit.agreement(), audit.depthP50(), audit.depthP99(), audit.depthMax()));
        findings.notes().forEach(n -> s.append("  note: ").append(n).append('\n'));
        s.append(passed() ? "result: every check holds\n"
                : "result: " + failures.size() + " findings; the dataset does not prove its labels\n");
        return s.toString();
    }

    public ObjectNode json() {
        ObjectNode root = Dataset.JSON.createObjectNode();
        root.put("dataset", this.root.toString());
        root.put("frames", frames);
        root.put("passed", passed());
        ObjectNode checks = root.putObject("checks");
        findings.tally().forEach((name, t) -> checks.putObject(name).put("held", t[0]).put("failed", t[1]));
        ArrayNode list = root.putArray("failures");
        for (Finding f : findings.failures()) {
            list.addObject().put("check", f.check()).put("file", f.file()).put("message", f.message());
        }
        root.putObject("audit").put("pixels", audit.audited()).put("skipped", audit.skipped())
                .put("instance_agreement", audit.agreement()).put("depth_samples", audit.depthSamples())
                .put("depth_rel_p50", audit.depthP50()).put("depth_rel_p99", audit.depthP99())
                .put("depth_rel_max", audit.depthMax());
        ArrayNode notes = root.putArray("notes");
        findings.notes().forEach(notes::add);
        root.put("seconds", seconds);
        return root;
    }
}
