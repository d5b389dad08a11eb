package dev.facet.cli;

import dev.facet.engine.run.Pipeline;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.Modality;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The memory a run needs, worked out from its image size before anything starts: its frame
 * buffer sets ({@link Pipeline#BYTES_PER_PIXEL}) and each worker's encoded images, depth
 * conversions and masks, on top of what the program holds anyway. A pipeline too big for the
 * heap this JVM may grow to ({@code -Xmx}) is shrunk to fit; a run that cannot fit even with one
 * worker is refused, saying what it needs and which setting to change. The renderer's
 * framebuffer and readback buffers live outside the heap and count against the machine's memory.
 */
final class RunMemory {
    /** The heap a run holds whatever its image size: the program, meshes, scene graphs, exporter state. */
    static final long BASE_BYTES = 160L << 20;
    /** A worker's working memory per pixel: encoded PNG and .npy images, depth in 16-bit units, masks. */
    static final int WORKER_BYTES_PER_PIXEL = 24;
    /** Memory per pixel outside the heap: the GL targets (RGBA8, two R32F, depth) and one readback buffer per frame in flight. */
    static final int GL_TARGET_BYTES_PER_PIXEL = 16;
    static final int READBACK_BYTES_PER_PIXEL = 3 + 4 + 4;

    private final long maxHeap;
    private final long machine;

    RunMemory(long maxHeap, long machine) {
        this.maxHeap = maxHeap;
        this.machine = machine;
    }

    /** This JVM's heap limit and this machine's memory (0 where unknown). */
    static RunMemory ofThisJvm() {
        long machine = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine = os.getTotalMemorySize();
        }
        return new RunMemory(Runtime.getRuntime().maxMemory(), machine);
    }

    /** With the optional layers: the geometry targets (two RGBA32F), the next scene's depth and their readback. */
    static final int LAYER_TARGET_BYTES_PER_PIXEL = 32 + 8;
    static final int LAYER_READBACK_BYTES_PER_PIXEL = 12 + 12 + 4;

    /** The largest pipeline up to {@code wanted} whose buffers for frames of {@code size} fit the heap. */
    Pipeline plan(ImageSize size, int framesInFlight, Pipeline wanted) {
        return plan(size, framesInFlight, wanted, java.util.Set.of());
    }

    /** As above, for frames that carry the optional {@code layers} too. */
    Pipeline plan(ImageSize size, int framesInFlight, Pipeline wanted, java.util.Set<Modality> layers) {
        long layerBytes = 4L * layers.stream().mapToInt(Modality::channels).sum();
        long set = Pipeline.bufferSetBytes(size) + layerBytes * size.pixels();
        long worker = (WORKER_BYTES_PER_PIXEL + layerBytes) * size.pixels();
        Pipeline smallest = new Pipeline(1, 1);
        long heapNeeded = BASE_BYTES + smallest.bytes(framesInFlight, set, worker);
        long outside = (long) (GL_TARGET_BYTES_PER_PIXEL + framesInFlight * READBACK_BYTES_PER_PIXEL) * size.pixels();
        if (!layers.isEmpty()) {
            outside += (long) (LAYER_TARGET_BYTES_PER_PIXEL + framesInFlight * LAYER_READBACK_BYTES_PER_PIXEL)
                    * size.pixels();
        }
        String needs = "a " + size + " run needs " + gb(heapNeeded) + " of Java heap for "
                + smallest.bufferSets(framesInFlight) + " frame buffer sets and one writer, and " + gb(outside)
                + " more for the renderer";
        if (machine > 0 && heapNeeded + outside > machine) {
            throw new UserError(needs + "; this machine has " + gb(machine) + ": use a smaller --width/--height");
        }
        return wanted.fitting(framesInFlight, set, worker, maxHeap - BASE_BYTES).orElseThrow(() -> new UserError(
                needs + "; this JVM may use " + gb(maxHeap) + " (-Xmx): use a smaller --width/--height, or "
                        + "FACET_JAVA_OPTS=-Xmx" + ((heapNeeded >> 30) + 1) + "g"));
    }

    /** The out-of-memory message of a run that ran out of heap after all. */
    String outOfMemory() {
        return "the run ran out of Java heap (" + gb(maxHeap) + ", -Xmx): use a smaller --width/--height, or a "
                + "larger heap, e.g. FACET_JAVA_OPTS=-Xmx" + ((maxHeap >> 30) * 2 + 2) + "g";
    }

    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
