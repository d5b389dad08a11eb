package dev.facet.renderer.mirror;

import com.jme3.material.MatParam;
import com.jme3.material.MatParamOverride;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Spatial;
import com.jme3.scene.VertexBuffer;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Meshes and images the asset caches let go of, waiting to be freed on the render thread: once
 * no geometry or material of the drawn scenes uses one, its GPU copy and its native buffers are
 * handed to jME's native-object manager ({@code dispose}), which deletes them at the renderer's
 * next {@code postFrame}. One still in use (an entry evicted while a frame shows it) waits for a
 * later frame.
 */
public final class Retired {
    private final List<Object> waiting = new ArrayList<>();

    /**
     * Called by the caches (any thread). One that never reached the GPU (scenario checks load
     * meshes without a GL context) is not kept: the garbage collector frees its buffers.
     */
    synchronized void add(Object meshOrImage) {
        boolean uploaded = meshOrImage instanceof Mesh m ? m.getBufferList().stream().anyMatch(vb -> vb.getId() != -1)
                : meshOrImage instanceof Image i && i.getId() != -1;
        if (uploaded) {
            waiting.add(meshOrImage);
        }
    }

    /** Disposes every waiting object that no spatial under {@code scenes} uses; returns how many. */
    public synchronized int free(Spatial... scenes) {
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Spatial scene : scenes) {
            scene.depthFirstTraversal(s -> {
                for (MatParamOverride o : s.getLocalMatParamOverrides()) {
                    addImage(used, o.getValue());
                }
                if (s instanceof Geometry g) {
                    used.add(g.getMesh());
                    if (g.getMaterial() != null) {
                        for (MatParam p : g.getMaterial().getParams()) {
                            addImage(used, p.getValue());
                        }
                    }
                }
            });
        }
        int freed = 0;
        for (var it = waiting.iterator(); it.hasNext(); ) {
            Object o = it.next();
            if (used.contains(o)) {
                continue;
            }
            it.remove();
            freed++;
            if (o instanceof Mesh m) {
                for (VertexBuffer vb : m.getBufferList()) {
                    vb.dispose();
                }
            } else if (o instanceof Image i) {
                i.dispose();
            }
        }
        return freed;
    }

    private static void addImage(Set<Object> used, Object value) {
        if (value instanceof Texture t && t.getImage() != null) {
            used.add(t.getImage());
        }
    }
}
