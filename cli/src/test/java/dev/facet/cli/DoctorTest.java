package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facet doctor} and the device choice of {@code facet run}, in real processes on
 * this machine's EGL (Mesa here: no EGL_NV_device_cuda, so CUDA numbers fall back to EGL order).
 */
class DoctorTest {

    @Test
    void doctorPrintsTheDeviceTableAndMarksTheDeviceARunUses(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 60, "doctor");

        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.stdout().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.trim().startsWith("EGL  CUDA  PCI bus id"))
                .findFirst().orElseThrow(() -> new AssertionError("no table header\n" + r)));
        List<String> rows = lines.subList(header + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  "))
                .toList();
        assertTrue(!rows.isEmpty(), "one row per EGL device\n" + r);
        assertTrue(lines.contains("EGL devices: " + rows.size()), r.toString());
        assertEquals(1, rows.stream().filter(l -> l.endsWith(DeviceTable.MARK)).count(), "one device marked\n" + r);
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            assertTrue(cells[0].matches("\\d+"), "EGL index first: " + row);
            assertTrue(cells[1].equals("-") || cells[1].matches("\\d+"), "CUDA number or '-': " + row);
            assertTrue(cells[2].equals("-") || cells[2].matches("[0-9a-f]{4,8}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]"),
                    "PCI bus id or '-': " + row);
        }
        assertTrue(r.stdout().contains("Chosen: EGL device "), r.toString());
        assertTrue(r.stdout().lines().noneMatch(l -> l.startsWith("WARNING")), "nothing asked, no warning\n" + r);
    }

    @Test
    void doctorSaysOnceWhenCudaNumbersCannotBeMatched(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of("CUDA_VISIBLE_DEVICES", "1"), 60, "doctor");

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("CUDA_VISIBLE_DEVICES=1"), r.toString());
        if (!r.stdout().lines().anyMatch(l -> l.matches("\\s+\\d+\\s+\\d+\\s.*"))) {
            List<String> warnings = r.stdout().lines().filter(l -> l.startsWith("WARNING")).toList();
            assertEquals(1, warnings.size(), r.toString());
            assertTrue(warnings.get(0).contains("EGL_NV_device_cuda"), warnings.get(0));
        }
    }

    @Test
    void doctorNamesADeviceThatIsNotThere(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of("FACET_GPU", "7"), 60, "doctor");

        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("Chosen: none. FACET_GPU=7: "), r.toString());
        assertTrue(r.stdout().contains("device(s)"), "says how many devices there are\n" + r);
    }

    @Test
    void runWarnsOnceWhenGpuFallsBackToEglOrder(@TempDir Path dir) throws Exception {
        FacetProcess.Result r = FacetProcess.run(dir, Map.of("CUDA_VISIBLE_DEVICES", "3"), 60, "run", "tabletop",
                "--frames", "1", "--width", "16", "--height", "16", "--gpu", "0", "--out", "ds");

        assertEquals(0, r.exitCode(), r.toString());
        if (!r.stderr().contains("NVIDIA")) {
            List<String> fallback = r.stderrLines().stream()
                    .filter(l -> l.startsWith("facet: WARNING: no EGL device reports")).toList();
            assertEquals(1, fallback.size(), r.toString());
            assertTrue(fallback.get(0).contains("--gpu 0 is taken as EGL device 0"), fallback.get(0));
        }
    }
}
