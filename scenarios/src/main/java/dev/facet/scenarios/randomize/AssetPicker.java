package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.library.AssetLibrary;
import java.io.IOException;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Picks a mesh of an asset library for one object and loads it (through the run's mesh library,
 * whose bounded cache keeps recently drawn meshes): one uniform draw per object,
 * {@code index = floor(u * n)} with {@code u} the stream's next double.
 */
public final class AssetPicker {
    private final AssetLibrary library;
    private final MeshLibrary meshes;
    private final Map<String, Category> categories;
    private final BiFunction<String, String, RuntimeException> unreadable;

    /**
     * @param categories the category of each of the library's category names
     * @param unreadable the error for an asset that cannot be read: (source, reason)
     */
    public AssetPicker(AssetLibrary library, MeshLibrary meshes, Map<String, Category> categories,
                       BiFunction<String, String, RuntimeException> unreadable) {
        this.library = library;
        this.meshes = meshes;
        this.categories = Map.copyOf(categories);
        this.unreadable = unreadable;
    }

    /** One picked asset: its loaded bounds, category, size factor on its own units and turn to y-up. */
    record Pick(Shape.Mesh mesh, Category category, double scale, org.joml.Quaterniond turn) {
    }

    /** The asset for one object: one draw from {@code rng}. */
    Pick pick(SplittableRandom rng) {
        int n = library.assets().size();
        AssetLibrary.Asset a = library.assets().get(Math.min(n - 1, (int) (rng.nextDouble() * n)));
        Shape.Mesh mesh;
        try {
            mesh = meshes.load(a.source());
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.toString();
            throw unreadable.apply(a.source(), m.replace("cannot read mesh " + a.source() + ": ", ""));
        }
        double scale = a.scale();
        if (a.fit() != null) {
            double longest = Math.max(mesh.max().x() - mesh.min().x(), Math.max(mesh.max().y() - mesh.min().y(),
                    mesh.max().z() - mesh.min().z()));
            if (!(longest > 0)) {
                throw unreadable.apply(a.source(), "it has no extent to fit (all its vertices are one point)");
            }
            scale = a.fit() / longest;
        }
        return new Pick(mesh, categories.get(a.category()), scale,
                a.up() == dev.facet.scenarios.library.UpAxis.Y ? null : a.up().toYUp());
    }
}
