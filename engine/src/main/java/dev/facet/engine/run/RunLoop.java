package dev.facet.engine.run;

import dev.facet.engine.annotate.Annotator;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.engine.spi.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run: the calling thread builds each frame's scene and hands it to the renderer, which
 * may keep a few frames in flight; a pool of workers annotates each finished frame and
 * hands it to every exporter. Frames live in a fixed set of reusable buffers: when the
 * workers fall behind, the render thread waits for a free set, so memory stays bounded
 * however long the run.
 */
public final class RunLoop {
    private final Scenario scenario;
    private final Renderer renderer;
    private final List<Exporter> exporters;
    private final Pipeline pipeline;
    private final RunListener listener;

    public RunLoop(Scenario scenario, Renderer renderer, List<Exporter> exporters, Pipeline pipeline,
                   RunListener listener) {
        this.scenario = scenario;
        this.renderer = renderer;
        this.exporters = List.copyOf(exporters);
        this.pipeline = pipeline;
        this.listener = listener;
    }

    /**
     * Renders and writes every frame of {@code info.frames()}; returns the number written. When anything
     * fails (an exporter, annotation, the scenario or the renderer) the workers stop, every
     * exporter that was started is aborted once they are done, and the failure is thrown.
     */
    public long run(DatasetInfo info) throws IOException, InterruptedException {
        return run(info, k -> false);
    }

    /**
     * Like {@link #run(DatasetInfo)}, but frames for which {@code alreadyWritten}
     * holds are skipped (resuming an interrupted run: every frame depends on its index alone,
     * so the frames written now complete the dataset exactly).
     */
    public long run(DatasetInfo info, java.util.function.LongPredicate alreadyWritten)
            throws IOException, InterruptedException {
        Set<Modality> layers = checkLayers(scenario, exporters);  // before any exporter starts: nothing written
        boolean needsNext = Modality.needNextScene(layers);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        FrameCompletion completion = new FrameCompletion(exporters, listener);
        FrameOrder order = new FrameOrder();
        List<Exporter> started = new ArrayList<>(exporters.size());
        long submitted = 0;
        try {
            for (Exporter e : exporters) {
                started.add(e);
                e.start(info);
            }
            renderer.produceLayers(layers);
            FrameBuffers buffers = new FrameBuffers(pipeline.bufferSets(renderer.framesInFlight()), info.size(), layers);
            ExecutorService workers = Executors.newFixedThreadPool(pipeline.workers(), r -> {
                Thread t = new Thread(r, "facet-writer");
                t.setDaemon(true);
                return t;
            });
            Deque<Pending> inFlight = new ArrayDeque<>();
            Scene carried = null;
            try {
                for (long k = info.frames().start(); k < info.frames().end() && failure.get() == null; k++) {
                    if (alreadyWritten.test(k)) {
                        continue;
                    }
                    // within a sequence the previous frame's next scene is this frame's scene: built once
                    Scene built = carried != null && carried.frame() == k && k % scenario.sequenceLength() != 0
                            ? carried : scenario.sceneInRun(info.seed(), k, info.size());
                    Scene scene = scenario.sceneToRender(info.seed(), k, info.size(), built);
                    FrameBuffers.Slot slot = buffers.take();
                    inFlight.add(new Pending(scene, slot));
                    Scene next = needsNext ? scenario.sceneAfter(info.seed(), k, info.size()) : null;
                    carried = next;
                    RenderedFrame done = renderer.renderInto(scene, next, slot.pixels());
                    if (done != null) {
                        queue(inFlight, done, workers, buffers, new Handoff(submitted++, failure, completion, order));
                    }
                }
                for (RenderedFrame done : renderer.drain()) {
                    queue(inFlight, done, workers, buffers, new Handoff(submitted++, failure, completion, order));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, new CancellationException("the run stopped"));  // workers skip queued frames
                throw t;
            } finally {
                workers.shutdown();
                if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                    workers.shutdownNow();
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        } catch (Throwable t) {
            for (Exporter e : started) {
                try {
                    e.abort();
                } catch (RuntimeException ex) {
                    t.addSuppressed(ex);
                }
            }
            throw t;
        }
        for (Exporter e : exporters) {
            e.finish(submitted);
        }
        return submitted;
    }

    /**
     * The optional layers {@code exporters} need, together; refuses flow for a scenario of still
     * frames ({@link Scenario.NoNextStep}, a user mistake). Commands call it before they write anything.
     */
    public static Set<Modality> checkLayers(Scenario scenario, List<Exporter> exporters) {
        Set<Modality> layers = layers(exporters);
        if (Modality.needNextScene(layers) && scenario.sequenceLength() == 1) {
            throw new Scenario.NoNextStep(scenario.name());
        }
        return layers;
    }

    /** The optional layers the exporters need, together. */
    static Set<Modality> layers(List<Exporter> exporters) {
        Set<Modality> layers = EnumSet.noneOf(Modality.class);
        exporters.forEach(e -> layers.addAll(e.layers()));
        return layers;
    }

    private record Pending(Scene scene, FrameBuffers.Slot slot) {
    }

    /** What a worker needs besides the frame: its place in the run's order and where to report. */
    private record Handoff(long sequence, AtomicReference<RuntimeException> failure, FrameCompletion completion,
                           FrameOrder order) {
    }

    /** Pairs a finished frame with the oldest scene in flight and queues it for the workers. */
    private void queue(Deque<Pending> inFlight, RenderedFrame done, ExecutorService workers, FrameBuffers buffers,
                       Handoff handoff) {
        AtomicReference<RuntimeException> failure = handoff.failure();
        Pending p = inFlight.poll();
        if (p == null || p.slot().pixels() != done) {
            throw new IllegalStateException("the renderer returned frames out of order");
        }
        workers.execute(() -> {
            try {
                if (failure.get() == null) {
                    export(Annotator.annotate(p.scene(), done, p.slot().semantic()), handoff);
                }
            } catch (RuntimeException | Error e) {
                // not an exporter's fault (e.g. an id the scene lacks): still the run's failure, never a lost frame
                failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
            } finally {
                handoff.order().pass(handoff.sequence());
                buffers.give(p.slot());
            }
        });
    }

    private void export(Frame frame, Handoff handoff) {
        AtomicReference<RuntimeException> failure = handoff.failure();
        boolean inTurn = false;
        for (Exporter e : exporters) {
            try {
                if (e.inFrameOrder() && !inTurn) {
                    if (!handoff.order().await(handoff.sequence(), failure)) {
                        return;
                    }
                    inTurn = true;
                }
                e.write(frame);
            } catch (IOException | RuntimeException ex) {
                failure.compareAndSet(null, new ExportFailure(e.name(), frame.index(),
                        ex instanceof IOException io ? new UncheckedIOException(io) : ex));
                return;
            }
        }
        handoff.completion().written(frame.index());
    }
}
