package dev.facet.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.annotate.AnnotatorTest;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The run loop's scheduling: backpressure, failure and lifecycle. Pixels do not matter
 * here, so the renderer is a stand-in that fills buffers; pixel checks live with the real
 * renderer's tests.
 */
class RunLoopTest {
    static final ImageSize SIZE = new ImageSize(8, 6);

    static class FixedScenario implements Scenario {
        public String name() {
            return "fixed";
        }

        public List<Category> categories() {
            return List.of(AnnotatorTest.BOX, AnnotatorTest.BALL);
        }

        public Scene scene(long frame, long frameSeed, ImageSize size) {
            Scene s = AnnotatorTest.scene(size.width(), size.height());
            return new Scene(frame, frameSeed, 0, s.camera(), s.objects(), s.lighting(), s.background());
        }

        public Map<String, Object> describe() {
            return Map.of("name", "fixed");
        }
    }

    static class CountingRenderer implements Renderer {
        final AtomicInteger rendered = new AtomicInteger();

        public RenderedFrame render(Scene scene) {
            rendered.incrementAndGet();
            int n = scene.camera().width() * scene.camera().height();
            int[] ids = new int[n];
            ids[0] = 3;
            return new RenderedFrame(scene.camera().width(), scene.camera().height(), new byte[3 * n], ids, new float[n]);
        }

        public String description() {
            return "counting";
        }

        public void close() {
        }
    }

    static DatasetInfo info(long frames) {
        return new DatasetInfo(Path.of("unused"), "fixed", Map.of(), new FixedScenario().categories(), 1,
                new FrameRange(0, frames), SIZE, "test");
    }

    @Test
    void slowExporterBoundsTheFramesInFlight() throws Exception {
        CountingRenderer renderer = new CountingRenderer();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Set<Object> buffers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Exporter slow = new Exporter() {
            public String name() {
                return "slow";
            }

            public void start(DatasetInfo info) {
            }

            public void write(Frame frame) throws IOException {
                maxInFlight.accumulateAndGet(renderer.rendered.get() - written.get(), Math::max);
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                seen.add(frame.index());
                synchronized (buffers) {
                    buffers.add(frame.pixels().rgb());
                }
                written.incrementAndGet();
            }

            public void finish(long framesWritten) {
                assertEquals(60, framesWritten);
            }
        };
        Pipeline plan = new Pipeline(2, 3);
        long n = new RunLoop(new FixedScenario(), renderer, List.of(slow), plan, RunListener.NONE).run(info(60));
        assertEquals(60, n);
        assertEquals(60, seen.size());
        assertTrue(buffers.size() <= plan.bufferSets(renderer.framesInFlight()), "buffers are reused, not allocated per frame: " + buffers.size());
        // no more frames exist at once than the run's fixed buffer sets
        assertTrue(maxInFlight.get() <= plan.bufferSets(renderer.framesInFlight()), "frames in flight: " + maxInFlight.get());
    }

    @Test
    void failingExporterStopsTheRunAndNamesItselfAndTheFrame() {
        CountingRenderer renderer = new CountingRenderer();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger aborted = new AtomicInteger();
        Exporter broken = new Exporter() {
            public String name() {
                return "broken";
            }

            public void start(DatasetInfo info) {
            }

            public void write(Frame frame) throws IOException {
                if (frame.index() == 4) {
                    throw new IOException("disk full");
                }
            }

            public void finish(long framesWritten) {
                finished.incrementAndGet();
            }

            public void abort() {
                aborted.incrementAndGet();
            }
        };
        Pipeline plan = new Pipeline(1, 2);
        ExportFailure e = assertThrows(ExportFailure.class,
                () -> new RunLoop(new FixedScenario(), renderer, List.of(broken), plan, RunListener.NONE).run(info(10_000)));
        assertTrue(e.getMessage().contains("'broken'") && e.getMessage().contains("frame 4")
                && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals(0, finished.get(), "finish must not run after a failure");
        assertEquals(1, aborted.get(), "abort runs once after a failure, so temporary files can go");
        assertTrue(renderer.rendered.get() < 100, "the run went on after the failure: " + renderer.rendered.get());
    }

    /** Counts the lifecycle calls of an exporter that writes nothing. */
    static class Lifecycle implements Exporter {
        final AtomicInteger written = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger aborted = new AtomicInteger();

        public String name() {
            return "lifecycle";
        }

        public void start(DatasetInfo info) {
        }

        public void write(Frame frame) {
            written.incrementAndGet();
        }

        public void finish(long framesWritten) {
            finished.incrementAndGet();
        }

        public void abort() {
            aborted.incrementAndGet();
        }
    }

    @Test
    void frameThatCannotBeAnnotatedFailsTheRunInsteadOfGoingMissing() {
        CountingRenderer renderer = new CountingRenderer() {
            @Override
            public RenderedFrame render(Scene scene) {
                RenderedFrame f = super.render(scene);
                if (scene.frame() == 3) {
                    f.instance()[1] = 99;  // an id the scene does not have
                }
                return f;
            }
        };
        Lifecycle exporter = new Lifecycle();
        Pipeline plan = new Pipeline(2, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RunLoop(new FixedScenario(), renderer, List.of(exporter), plan, RunListener.NONE).run(info(10)));
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("frame 3"), e.getMessage());
        assertEquals(0, exporter.finished.get(), "finish must not claim frames that were never written");
        assertEquals(1, exporter.aborted.get());
    }

    @Test
    void scenarioOrRendererFailureAbortsTheStartedExporters() {
        FixedScenario failing = new FixedScenario() {
            @Override
            public Scene scene(long frame, long frameSeed, ImageSize size) {
                if (frame == 5) {
                    throw new IllegalArgumentException("no room for the camera");
                }
                return super.scene(frame, frameSeed, size);
            }
        };
        Lifecycle exporter = new Lifecycle();
        Pipeline plan = new Pipeline(2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RunLoop(failing, new CountingRenderer(), List.of(exporter), plan, RunListener.NONE).run(info(10)));
        assertEquals("no room for the camera", e.getMessage());
        assertEquals(0, exporter.finished.get());
        assertEquals(1, exporter.aborted.get(), "abort runs so the exporters' temporary files go");
        assertTrue(exporter.written.get() <= 5, "no frame past the failure was written: " + exporter.written.get());
    }

    @Test
    void anOrderedExporterSeesFramesInOrderAndABatchingOneDecidesWhenFramesAreDone() throws Exception {
        List<Long> ordered = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Long> batch = new java.util.ArrayList<>();
        List<Long> done = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Exporter jittery = new Lifecycle() {
            @Override
            public void write(Frame frame) {
                try {
                    Thread.sleep((frame.index() * 7) % 5);  // workers finish out of order
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Exporter tar = new Lifecycle() {
            private java.util.function.LongConsumer placed;

            @Override
            public boolean inFrameOrder() {
                return true;
            }

            @Override
            public boolean batchesFrames() {
                return true;
            }

            @Override
            public void onPlaced(java.util.function.LongConsumer placed) {
                this.placed = placed;
            }

            @Override
            public synchronized void write(Frame frame) {
                ordered.add(frame.index());
                batch.add(frame.index());
                if (batch.size() == 4) {  // a batch of four is complete: its frames are in place
                    batch.forEach(placed::accept);
                    batch.clear();
                }
            }

            @Override
            public synchronized void finish(long framesWritten) {
                assertEquals(2, batch.size(), "the last batch is open until finish");
                assertEquals(20, done.size(), "frames of the open batch are not done yet");
                batch.forEach(placed::accept);
            }
        };
        long n = new RunLoop(new FixedScenario(), new CountingRenderer(), List.of(jittery, tar), new Pipeline(3, 3),
                done::add).run(info(22));
        assertEquals(22, n);
        assertEquals(java.util.stream.LongStream.range(0, 22).boxed().toList(), ordered, "frame order for the ordered one");
        assertEquals(22, done.size(), "every frame done once");
        assertEquals(22, new java.util.HashSet<>(done).size());
    }
}
