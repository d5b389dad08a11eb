package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile command lines against a real {@code facet} process (heap -Xmx512m): an --out that
 * cannot be used, a scenario name that would put the default folder outside {@code out/},
 * frames too large for the heap, damaged datasets for preview. Each ends in exit code 2, one
 * {@code facet: error:} line naming the problem, no stack trace, and nothing written.
 */
class HostileCommandLineTest {
    private static final String SCENARIO_NAMED_DOT_DOT = """
            facet: 1
            name: ".."
            objects:
              - category: crate
                shape: {kind: box, size: [0.2, 0.2, 0.2]}
            """;

    private static final CliErrorsTest.Setup NONE = dir -> { };
    private static final CliErrorsTest.Setup A_META_ONLY_DATASET = HostileCommandLineTest::metaOnly;
    private static final CliErrorsTest.Setup A_LINK_LOOP =
            dir -> Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
    private static final CliErrorsTest.Setup A_DANGLING_LINK =
            dir -> Files.createSymbolicLink(dir.resolve("link"), Path.of("nowhere"));
    private static final CliErrorsTest.Setup A_DOT_DOT_SCENARIO =
            dir -> Files.writeString(dir.resolve("up.yaml"), SCENARIO_NAMED_DOT_DOT);
    /** A dataset folder with frame 0's meta and a rgb PNG cut off half-way. */
    private static final CliErrorsTest.Setup A_TRUNCATED_PNG = dir -> {
        metaOnly(dir);
        byte[] png = png(32, 24);
        Files.createDirectories(dir.resolve("ds/rgb"));
        Files.write(dir.resolve("ds/rgb/000000.png"), Arrays.copyOf(png, png.length / 2));
    };
    /** Good rgb and instance PNGs, and a depth file that says it is larger than it is. */
    private static final CliErrorsTest.Setup A_SHORT_DEPTH = dir -> {
        metaOnly(dir);
        for (String m : List.of("rgb", "instance")) {
            Files.createDirectories(dir.resolve("ds/" + m));
            Files.write(dir.resolve("ds/" + m + "/000000.png"), png(32, 24));
        }
        Files.createDirectories(dir.resolve("ds/depth"));
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2400, 3200), }";
        byte[] npy = new byte[10 + header.length() + 16];
        npy[0] = (byte) 0x93;
        System.arraycopy("NUMPY".getBytes(), 0, npy, 1, 5);
        npy[6] = 1;
        npy[8] = (byte) header.length();
        System.arraycopy(header.getBytes(), 0, npy, 10, header.length());
        Files.write(dir.resolve("ds/depth/000000.npy"), npy);
    };
    private static final CliErrorsTest.Setup A_FOLDER_WHERE_THE_PREVIEW_GOES = dir -> {
        metaOnly(dir);
        Files.createDirectories(dir.resolve("sheet.png/kept"));
    };
    private static final CliErrorsTest.Setup AN_EMPTY_FOLDER_WHERE_THE_PREVIEW_GOES = dir -> {
        metaOnly(dir);
        Files.createDirectories(dir.resolve("empty"));
    };

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("--out empty", NONE, List.of("--out", "empty"),
                        "run", "tabletop", "--frames", "1", "--out", ""),
                mistake("scenario named ..", A_DOT_DOT_SCENARIO, List.of("'..'", "out/", "--out"),
                        "run", "up.yaml", "--frames", "1", "--width", "8", "--height", "8"),
                mistake("--out in /proc", NONE, List.of("--out /proc/x", "does not allow"),
                        "run", "tabletop", "--frames", "1", "--out", "/proc/x"),
                mistake("--out a symbolic link loop", A_LINK_LOOP, List.of("--out loop", "symbolic link loop"),
                        "run", "tabletop", "--frames", "1", "--out", "loop"),
                mistake("--out below a symbolic link loop", A_LINK_LOOP, List.of("--out loop/x", "symbolic link loop"),
                        "run", "tabletop", "--frames", "1", "--out", "loop/x"),
                mistake("--out a dangling link", A_DANGLING_LINK, List.of("--out link", "symbolic link to nothing"),
                        "run", "tabletop", "--frames", "1", "--out", "link"),
                mistake("--frames 0x10", NONE, List.of("--frames", "0x10"),
                        "run", "tabletop", "--frames", "0x10", "--out", "out"),
                mistake("--seed overflow", NONE, List.of("--seed", "99999999999999999999"),
                        "run", "tabletop", "--seed", "99999999999999999999", "--out", "out"),
                mistake("--gpu overflow", NONE, List.of("--gpu", "2147483648"),
                        "run", "tabletop", "--gpu", "2147483648", "--out", "out"),
                mistake("--width 16384 --height 16384", NONE, List.of("16384x16384", "heap", "--width/--height"),
                        "run", "tabletop", "--frames", "1", "--width", "16384", "--height", "16384", "--out", "out"),
                mistake("4096x4096 in a 512 MB heap", NONE,
                        List.of("4096x4096", "heap", "-Xmx", "FACET_JAVA_OPTS=-Xmx"),
                        "run", "tabletop", "--frames", "1", "--width", "4096", "--height", "4096", "--out", "out"),
                mistake("preview of a truncated PNG", A_TRUNCATED_PNG, List.of("000000.png", "PNG"),
                        "preview", "ds", "--out", "sheet.png"),
                mistake("preview of a short depth file", A_SHORT_DEPTH, List.of("000000.npy", "(2400, 3200)"),
                        "preview", "ds", "--out", "sheet.png"),
                mistake("preview --out a folder", A_FOLDER_WHERE_THE_PREVIEW_GOES, List.of("--out sheet.png", "folder"),
                        "preview", "ds", "--out", "sheet.png"),
                mistake("preview --out an empty folder", AN_EMPTY_FOLDER_WHERE_THE_PREVIEW_GOES,
                        List.of("--out empty", "folder"),
                        "preview", "ds", "--out", "empty"),
                mistake("preview --out in a missing folder", A_META_ONLY_DATASET, List.of("--out nope/sheet.png"),
                        "preview", "ds", "--out", "nope/sheet.png"));
    }

    private static Arguments mistake(String name, CliErrorsTest.Setup setup, List<String> mentions, String... args) {
        return Arguments.of(name, setup, mentions, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void exitsTwoWithOneLineAndWritesNothing(String name, CliErrorsTest.Setup setup, List<String> mentions,
            String[] args, @TempDir Path dir) throws Exception {
        setup.in(dir);
        assertRefused(dir, mentions, args);
    }

    /** A read-only file system under --out: only root can mount one, anyone else gets a read-only folder. */
    @Test
    void outOnAReadOnlyFileSystemSaysSo(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        boolean mounted = TmpFs.mount(ro, "ro,size=1m");
        try {
            if (!mounted) {
                assertTrue(ro.toFile().setWritable(false, false), "made " + ro + " read-only");
                assertFalse(Files.isWritable(ro), "not root: a read-only folder refuses writing");
            }
            String reason = mounted ? "read-only file system" : "permission denied";
            assertRefused(dir, List.of("--out ro/data", reason), "run", "tabletop", "--frames", "1", "--out", "ro/data");
            assertRefused(dir, List.of("--out ro", reason), "run", "tabletop", "--frames", "1", "--out", "ro");
        } finally {
            if (mounted) {
                TmpFs.unmount(ro);
            }
        }
    }

    private static void assertRefused(Path dir, List<String> mentions, String... args) throws Exception {
        Map<Path, String> before = CliErrorsTest.snapshot(dir);

        FacetProcess.Result r = FacetProcess.run(dir, Map.of(), 60, args);

        assertEquals(2, r.exitCode(), r.toString());
        CliErrorsTest.assertNoStackTrace(r);
        List<String> errors = CliErrorsTest.errorLines(r);
        assertEquals(1, errors.size(), "exactly one 'facet: error:' line\n" + r);
        for (String m : mentions) {
            assertTrue(errors.get(0).contains(m), "the error names '" + m + "': " + errors.get(0));
        }
        List<String> others = r.stderrLines().stream()
                .filter(l -> !l.startsWith("facet: error: "))
                .filter(l -> !l.matches("Try 'facet( run)? --help'\\."))
                .collect(Collectors.toList());
        assertEquals(List.of(), others, "nothing else on stderr but the error (and a --help hint)\n" + r);
        assertEquals(before, CliErrorsTest.snapshot(dir), "nothing written, nothing replaced");
        assertFalse(Files.exists(dir.resolve("out")), "no default output folder");
    }

    private static void metaOnly(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ds/meta"));
        Files.writeString(dir.resolve("ds/meta/000000.json"), "{}\n");
    }

    private static byte[] png(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 31 + y * 17) * 0x010203 & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
