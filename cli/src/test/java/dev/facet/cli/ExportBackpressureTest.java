package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.Version;
import dev.facet.engine.run.RunListener;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.run.Pipeline;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.exporters.registry.Exporters;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the real renderer, the tabletop scenario and the real exporters, plus one
 * exporter that is much slower than rendering: frames rendered but not yet written never
 * exceed the run's fixed buffer sets, so a slow exporter slows the run instead of growing memory.
 */
class ExportBackpressureTest {

    @Test
    void slowExporterHoldsRenderingBack(@TempDir Path out) throws Exception {
        int frames = 16;
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Exporter slow = new Exporter() {
            public String name() {
                return "slow";
            }

            public void start(DatasetInfo info) {
            }

            public void write(Frame frame) {
                maxInFlight.accumulateAndGet(rendered.get() - written.get(), Math::max);
                try {
                    Thread.sleep(60);  // rendering 48x32 on llvmpipe is far faster than this
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.incrementAndGet();
            }

            public void finish(long framesWritten) {
            }
        };
        Scenario tabletop = Scenarios.available().get("tabletop");
        ImageSize size = new ImageSize(48, 32);
        Pipeline plan = new Pipeline(2, 3);
        List<Exporter> exporters = new ArrayList<>(Exporters.select(List.of("coco", "yolo", "webdataset"), Map.of()));
        exporters.add(slow);
        DatasetInfo info = new DatasetInfo(out, "tabletop", tabletop.describe(), tabletop.categories(), 3,
                new FrameRange(0, frames), size, Version.VERSION);
        try (HeadlessRenderer real = HeadlessRenderer.open(null, new JmeMeshLibrary())) {
            Renderer counting = new Renderer() {
                public RenderedFrame render(Scene scene) {
                    RenderedFrame f = real.render(scene);
                    rendered.incrementAndGet();
                    return f;
                }

                public String description() {
                    return real.description();
                }

                public void close() {
                }
            };
            long n = new RunLoop(tabletop, counting, exporters, plan, RunListener.NONE).run(info);
            assertEquals(frames, n);
        }
        assertEquals(frames, written.get());
        // no more frames exist at once than the run's fixed buffer sets (waiting + workers + frames in flight)
        assertTrue(maxInFlight.get() <= plan.bufferSets(0),
                "frames rendered but not written: " + maxInFlight.get() + " > buffer sets " + plan.bufferSets(0));
        assertTrue(maxInFlight.get() >= plan.bufferSets(0) - 1, "the buffers filled up, so the bound was tested: "
                + maxInFlight.get());
    }
}
