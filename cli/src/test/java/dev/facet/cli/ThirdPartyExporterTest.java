package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exporter written outside Facet, compiled here into its own jar with its
 * META-INF/services file, is found by a real {@code facet} process that has the jar on its
 * class path: listed by {@code facet exporters}, run by {@code --export}, given its options;
 * following the parts contract, its run-level file is the same from one process, from shards
 * merged by {@code facet merge}, and from a resume.
 */
class ThirdPartyExporterTest {
    private static final String SOURCE = """
            package org.example.hello;

            import dev.facet.engine.spi.Assembly;
            import dev.facet.engine.spi.DatasetInfo;
            import dev.facet.engine.spi.Exporter;
            import dev.facet.engine.spi.ExporterOption;
            import dev.facet.engine.spi.ExporterOptions;
            import dev.facet.engine.spi.Frame;
            import java.io.IOException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.nio.file.StandardCopyOption;
            import java.util.Arrays;
            import java.util.List;

            /** Follows the parts contract: a part per frame in write, the run-level file from the parts in assemble. */
            public final class HelloExporter implements Exporter {
                private String greeting = "hello";
                private Path parts;

                public String name() { return "hello"; }
                public String description() { return "writes hello/frames.txt, a test plug-in"; }
                public List<ExporterOption> options() {
                    return List.of(new ExporterOption("greeting", ExporterOption.Type.TEXT, "hello", "first word of the file"));
                }
                public void configure(ExporterOptions options) { greeting = options.text("greeting"); }
                public void start(DatasetInfo info) throws IOException {
                    parts = info.out().resolve("hello/parts");
                    Files.createDirectories(parts);
                }
                public void write(Frame frame) throws IOException {
                    atomically(parts.resolve(frame.index() + ".txt"), frame.index() + ": " + frame.annotations().size() + " objects\\n");
                }
                public void assemble(Assembly assembly) throws IOException {
                    Path hello = assembly.info().out().resolve("hello");
                    StringBuilder text = new StringBuilder(greeting + " " + Arrays.toString(assembly.frames()) + "\\n");
                    for (long k : assembly.frames()) {
                        text.append(Files.readString(hello.resolve("parts/" + k + ".txt")));
                    }
                    atomically(hello.resolve("frames.txt"), text.toString());
                }
                private static void atomically(Path file, String text) throws IOException {
                    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp-" + Thread.currentThread().getId());
                    Files.writeString(temp, text);
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            """;

    @TempDir
    static Path tmp;
    static String classpath;

    @BeforeAll
    static void buildPluginJar() throws Exception {
        Path src = tmp.resolve("src/org/example/hello/HelloExporter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, rc, "the plug-in compiles against the engine alone");
        Path jar = tmp.resolve("hello-exporter.jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
            put(j, "org/example/hello/HelloExporter.class",
                    Files.readAllBytes(classes.resolve("org/example/hello/HelloExporter.class")));
            put(j, "META-INF/services/dev.facet.engine.spi.Exporter",
                    "org.example.hello.HelloExporter\n".getBytes(StandardCharsets.UTF_8));
        }
        classpath = System.getProperty("java.class.path") + File.pathSeparator + jar;
    }

    private static void put(JarOutputStream j, String name, byte[] bytes) throws Exception {
        j.putNextEntry(new JarEntry(name));
        OutputStream o = j;
        o.write(bytes);
        j.closeEntry();
    }

    @Test
    void listedByFacetExporters() throws Exception {
        FacetProcess.Result r = FacetProcess.run(tmp, classpath, Map.of(), 60, "exporters");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("hello\\s+writes hello/frames.txt, a test plug-in")), r.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("--hello-greeting")), r.toString());
        for (String builtIn : List.of("core", "coco", "yolo", "bop", "webdataset", "depth16", "mot")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(builtIn + " ")), builtIn + " listed\n" + r);
        }
    }

    @Test
    void notThereWithoutTheJar() throws Exception {
        FacetProcess.Result r = FacetProcess.run(tmp, "exporters");
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.stdout().contains("hello"), r.toString());
    }

    @Test
    void runCallsItWithItsOptions() throws Exception {
        Path out = tmp.resolve("out");
        FacetProcess.Result r = FacetProcess.run(tmp, classpath, Map.of(), 120, "run", "tabletop", "--frames", "3",
                "--width", "32", "--height", "24", "--export", "hello", "--hello-greeting", "hi", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.readString(out.resolve("hello/frames.txt")).startsWith("hi [0, 1, 2]\n0: "),
                Files.readString(out.resolve("hello/frames.txt")));
        assertTrue(Files.exists(out.resolve("dataset.json")), "core ran too");
    }

    @Test
    void shardsMergedAndAResumeGiveTheSameFile() throws Exception {
        String[] run = {"run", "tabletop", "--frames", "5", "--width", "32", "--height", "24", "--export", "hello",
                "--hello-greeting", "hi"};
        Path whole = tmp.resolve("whole");
        assertEquals(0, FacetProcess.run(tmp, classpath, Map.of(), 120, concat(run, "--out", whole.toString())).exitCode());
        String expected = Files.readString(whole.resolve("hello/frames.txt"));
        assertTrue(expected.startsWith("hi [0, 1, 2, 3, 4]\n"), expected);
        for (String shard : List.of("0/2", "1/2")) {
            FacetProcess.Result r = FacetProcess.run(tmp, classpath, Map.of(), 120,
                    concat(run, "--out", tmp.resolve("part-" + shard.charAt(0)).toString(), "--shard", shard));
            assertEquals(0, r.exitCode(), r.toString());
        }
        Path merged = tmp.resolve("merged");
        FacetProcess.Result m = FacetProcess.run(tmp, classpath, Map.of(), 120, "merge", merged.toString(),
                tmp.resolve("part-0").toString(), tmp.resolve("part-1").toString());
        assertEquals(0, m.exitCode(), m.toString());
        assertEquals(expected, Files.readString(merged.resolve("hello/frames.txt")), "merged from the shards' parts");
        Files.delete(whole.resolve("hello/frames.txt"));
        FacetProcess.Result resumed = FacetProcess.run(tmp, classpath, Map.of(), 120,
                concat(run, "--out", whole.toString(), "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.stderr().contains("rendering the other 0"), resumed.stderr());
        assertEquals(expected, Files.readString(whole.resolve("hello/frames.txt")), "assembled again by the resume");
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
