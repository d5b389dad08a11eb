package dev.facet.engine.run;

import dev.facet.engine.Frame;
import dev.facet.engine.annotate.Annotator;
import dev.facet.engine.random.Streams;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run: the calling thread builds each frame's scene and renders it; a pool of workers
 * annotates the pixels and hands the frame to every exporter. A semaphore bounds the
 * frames in flight, so a slow exporter slows rendering instead of growing memory.
 */
public final class RunLoop {
    private final Scenario scenario;
    private final Renderer renderer;
    private final List<Exporter> exporters;
    private final RunListener listener;

    public RunLoop(Scenario scenario, Renderer renderer, List<Exporter> exporters, RunListener listener) {
        this.scenario = scenario;
        this.renderer = renderer;
        this.exporters = List.copyOf(exporters);
        this.listener = listener;
    }

    /** Renders and writes every frame of the plan; returns the number written. */
    public long run(RunPlan plan, DatasetInfo info) throws IOException, InterruptedException {
        for (Exporter e : exporters) {
            e.start(info);
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(plan.queueCapacity());
        ExecutorService workers = Executors.newFixedThreadPool(plan.workers(), r -> {
            Thread t = new Thread(r, "facet-writer");
            t.setDaemon(true);
            return t;
        });
        long submitted = 0;
        try {
            for (long k = plan.start(); k < plan.start() + plan.frames() && failure.get() == null; k++) {
                Scene scene = scenario.scene(k, Streams.frameSeed(plan.seed(), k), plan.size());
                RenderedFrame pixels = renderer.render(scene);
                inFlight.acquire();
                submitted++;
                workers.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            export(Annotator.annotate(scene, pixels), failure);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                workers.shutdownNow();
            }
        }
        if (failure.get() != null) {
            for (Exporter e : exporters) {
                try {
                    e.abort();
                } catch (RuntimeException ex) {
                    failure.get().addSuppressed(ex);
                }
            }
            throw failure.get();
        }
        for (Exporter e : exporters) {
            e.finish(submitted);
        }
        return submitted;
    }

    private void export(Frame frame, AtomicReference<RuntimeException> failure) {
        for (Exporter e : exporters) {
            try {
                e.write(frame);
            } catch (IOException | RuntimeException ex) {
                failure.compareAndSet(null, new ExportFailure(e.name(), frame.index(),
                        ex instanceof IOException io ? new UncheckedIOException(io) : ex));
                return;
            }
        }
        listener.frameWritten(frame.index());
    }
}
