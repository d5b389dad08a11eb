package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine fails a run that has started (a full disk, a file it cannot replace): exit 1
 * and one {@code facet: error:} line naming the file and the reason, never a stack trace.
 */
class IoFailureTest {

    /** dataset.json, written last, cannot replace the folder that holds its name. */
    @Test
    void aManifestThatCannotBeWrittenIsOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("dataset.json/kept"));

        FacetProcess.Result r = run(dir, out);

        assertOneLine(r, List.of(out.resolve("dataset.json").toString(), "is a folder"));
    }

    /**
     * A tmpfs with room for the frames' files but not for dataset.json (17 inodes: the root,
     * the output folder, its five modality folders and ten frame files). Where mounting is not
     * allowed, a folder in dataset.json's place provokes the failure instead.
     */
    @Test
    void inodesRunningOutIsOneLine(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        boolean mounted = TmpFs.mount(disk, "size=2m,nr_inodes=17");
        try {
            Path out = disk.resolve("out");
            if (!mounted) {
                Files.createDirectories(out.resolve("dataset.json/kept"));
            }
            FacetProcess.Result r = run(dir, out);
            assertOneLine(r, mounted ? List.of(out.toString(), "no space left on device")
                    : List.of(out.resolve("dataset.json").toString(), "is a folder"));
        } finally {
            if (mounted) {
                TmpFs.unmount(disk);
            }
        }
    }

    private static FacetProcess.Result run(Path dir, Path out) throws Exception {
        return FacetProcess.run(dir, Map.of(), 120, "run", "tabletop", "--frames", "2", "--width", "16",
                "--height", "16", "--out", out.toString());
    }

    private static void assertOneLine(FacetProcess.Result r, List<String> mentions) {
        assertEquals(1, r.exitCode(), r.toString());
        CliErrorsTest.assertNoStackTrace(r);
        List<String> errors = CliErrorsTest.errorLines(r);
        assertEquals(1, errors.size(), r.toString());
        for (String m : mentions) {
            assertTrue(errors.get(0).contains(m), "the error names '" + m + "': " + errors.get(0));
        }
        assertFalse(r.stderr().contains("Caused by"), r.toString());
    }
}
