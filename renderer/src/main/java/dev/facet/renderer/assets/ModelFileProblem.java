package dev.facet.renderer.assets;

import com.jme3.asset.AssetLoadException;

/**
 * A problem with a model file that Facet's loaders find and can say in the user's terms (a
 * missing texture or material library, an unsupported texture coordinate set, an image too
 * large): the mesh library reports its message as it is.
 */
public final class ModelFileProblem extends AssetLoadException {
    public ModelFileProblem(String message) {
        super(message);
    }

    /** The first problem of this kind in {@code e}'s cause chain, or null. */
    public static ModelFileProblem in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelFileProblem p) {
                return p;
            }
        }
        return null;
    }
}
