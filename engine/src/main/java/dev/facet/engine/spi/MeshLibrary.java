package dev.facet.engine.spi;

import dev.facet.engine.scene.Shape;
import java.io.IOException;

/**
 * Reads mesh files for the engine, which knows no file format itself: the renderer module
 * implements it with jME's loaders. Scenario loading uses it to learn a mesh's bounds (to
 * place it on a surface) and to report unreadable assets before the first frame, and physics
 * its triangles (for colliders).
 */
public interface MeshLibrary {

    /**
     * Loads the mesh at {@code source} (absolute path, or {@code classpath:/...}) and returns
     * it as a shape with its bounds.
     *
     * @throws IOException when the file is missing, unreadable or not a mesh
     */
    Shape.Mesh load(String source) throws IOException;

    /**
     * The triangles of the mesh at {@code source} in its own frame, as {@link #load} reads it:
     * x, y, z of three vertices per triangle (9 floats a triangle). Physics builds colliders
     * from them: a moving mesh's convex hull, a static mesh's triangle mesh.
     *
     * @throws IOException when the file is missing, unreadable or not a mesh
     */
    float[] triangles(String source) throws IOException;
}
