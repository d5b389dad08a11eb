package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged record in parts/ is never trusted, and never answered with a parser's internals. */
class DamagedPartsTest {
    private static final String[] RUN = {"run", "tabletop", "--frames", "3", "--width", "48", "--height", "32"};

    @TempDir
    Path tmp;

    private FacetProcess.Result run(Path out, String... more) throws Exception {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(RUN),
                java.util.stream.Stream.concat(java.util.stream.Stream.of("--out", out.toString()),
                        java.util.Arrays.stream(more))).toArray(String[]::new);
        return FacetProcess.run(tmp, args);
    }

    @Test
    void aDamagedDoneRecordMeansTheFrameIsRenderedAgain() throws Exception {
        Path whole = tmp.resolve("whole");
        Path out = tmp.resolve("out");
        assertEquals(0, run(whole).exitCode());
        assertEquals(0, run(out).exitCode());
        Files.writeString(out.resolve("parts/frames/000001.json"), "{bad");
        FacetProcess.Result r = run(out, "--resume");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("rendering the other 1"), r.stderr());
        DatasetTree.assertSame(whole, out);
    }

    @Test
    void aDamagedRunRecordIsOneLineWithItsLocation() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(out).exitCode());
        Files.writeString(out.resolve("parts/run.json"), "{bad");
        FacetProcess.Result r = run(out, "--resume");
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(1, r.stderrLines().size(), r.stderr());
        assertTrue(r.stderr().contains("parts/run.json is damaged (not valid JSON at line 1, column 2)"), r.stderr());
    }
}
