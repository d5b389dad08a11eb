package dev.facet.renderer;

import dev.facet.engine.scene.Scene;
import java.util.List;

/**
 * The drawing stage alone, for benchmarks: draws scenes into a renderer's targets without
 * reading any pixels back, then waits until the GPU has finished them.
 */
public final class DrawOnly {
    private DrawOnly() {
    }

    /** Draws every scene in order and returns once the GPU has drawn them all. */
    public static void draw(HeadlessRenderer renderer, List<Scene> scenes) {
        for (Scene s : scenes) {
            renderer.draw(s);
        }
        renderer.finish();
    }
}
