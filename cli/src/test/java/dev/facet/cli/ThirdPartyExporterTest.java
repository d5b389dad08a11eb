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
 * class path: listed by {@code facet exporters}, run by {@code --export}, given its options.
 */
class ThirdPartyExporterTest {
    private static final String SOURCE = """
            package org.example.hello;

            import dev.facet.engine.spi.Frame;
            import dev.facet.engine.spi.DatasetInfo;
            import dev.facet.engine.spi.Exporter;
            import dev.facet.engine.spi.ExporterOption;
            import dev.facet.engine.spi.ExporterOptions;
            import java.io.IOException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.concurrent.ConcurrentSkipListSet;

            public final class HelloExporter implements Exporter {
                private final ConcurrentSkipListSet<Long> frames = new ConcurrentSkipListSet<>();
                private String greeting = "hello";
                private Path out;

                public String name() { return "hello"; }
                public String description() { return "writes hello/frames.txt, a test plug-in"; }
                public List<ExporterOption> options() {
                    return List.of(new ExporterOption("greeting", ExporterOption.Type.TEXT, "hello", "first word of the file"));
                }
                public void configure(ExporterOptions options) { greeting = options.text("greeting"); }
                public void start(DatasetInfo info) throws IOException {
                    out = info.out().resolve("hello");
                    Files.createDirectories(out);
                }
                public void write(Frame frame) { frames.add(frame.index()); }
                public void finish(long framesWritten) throws IOException {
                    Files.writeString(out.resolve("frames.txt"), greeting + " " + frames + " " + framesWritten + "\\n");
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
        for (String builtIn : List.of("core", "coco", "yolo", "bop", "webdataset", "depth16")) {
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
        assertEquals("hi [0, 1, 2] 3\n", Files.readString(out.resolve("hello/frames.txt")));
        assertTrue(Files.exists(out.resolve("dataset.json")), "core ran too");
    }
}
