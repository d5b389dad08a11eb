package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.run.Pipeline;
import dev.facet.engine.scene.ImageSize;
import org.junit.jupiter.api.Test;

class RunMemoryTest {
    private static final long GB = 1L << 30;
    private static final Pipeline WANTED = new Pipeline(3, 5);

    @Test
    void smallFramesKeepThePipelineTheMachineWants() {
        assertEquals(WANTED, new RunMemory(6 * GB, 24 * GB).plan(new ImageSize(320, 240), 2, WANTED));
    }

    @Test
    void largeFramesGetFewerBufferSetsRatherThanARefusal() {
        ImageSize size = new ImageSize(4096, 4096);
        assertEquals(new Pipeline(1, 1), new RunMemory(2 * GB, 24 * GB).plan(size, 2, WANTED));
        assertEquals(new Pipeline(3, 2), new RunMemory(3 * GB, 24 * GB).plan(size, 2, WANTED));
    }

    @Test
    void aRunTooLargeForTheHeapNamesWhatItNeedsAndTheFlag() {
        UserError e = assertThrows(UserError.class,
                () -> new RunMemory(6 * GB, 1024 * GB).plan(new ImageSize(16384, 16384), 2, WANTED));
        assertTrue(e.getMessage().startsWith("a 16384x16384 run needs 21.2 GB of Java heap for 4 frame buffer sets"),
                e.getMessage());
        assertTrue(e.getMessage().contains("this JVM may use 6.0 GB (-Xmx)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("use a smaller --width/--height, or FACET_JAVA_OPTS=-Xmx22g"),
                e.getMessage());
    }

    @Test
    void aRunTooLargeForTheMachineSaysSoWhateverTheHeap() {
        UserError e = assertThrows(UserError.class,
                () -> new RunMemory(64 * GB, 24 * GB).plan(new ImageSize(16384, 16384), 2, WANTED));
        assertTrue(e.getMessage().contains("this machine has 24.0 GB: use a smaller --width/--height"),
                e.getMessage());
    }

    @Test
    void runningOutOfHeapAnywayIsOneLineExitOne() throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        int code = Failures.report(new IllegalStateException(new OutOfMemoryError("Java heap space")),
                new java.io.PrintWriter(text, true));
        assertEquals(1, code);
        assertEquals(1, text.toString().lines().count(), text.toString());
        assertTrue(text.toString().startsWith("facet: error: the run ran out of Java heap"), text.toString());
    }
}
