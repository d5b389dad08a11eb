package dev.facet.scenarios.library;

import java.util.List;
import java.util.TreeSet;

/**
 * The assets an {@code asset_folder} shape can pick, in the folder's fixed order
 * ({@link AssetFolder}), each with its category, size rule and up axis (from the shape and the
 * folder's assets.yaml). Known before the first frame, so the dataset's categories are too;
 * the meshes themselves are loaded only when a frame picks them.
 *
 * @param folder the folder's source (absolute path or {@code classpath:/...})
 */
public record AssetLibrary(String folder, List<Asset> assets) {
    /**
     * One mesh file of the library.
     *
     * @param fit when not null, the mesh is scaled so that its longest side (after the up turn) is this many metres
     * @param scale the factor on the file's own units when {@code fit} is null
     */
    public record Asset(String source, String category, Double fit, double scale, UpAxis up) {
    }

    public AssetLibrary {
        assets = List.copyOf(assets);
        if (assets.isEmpty()) {
            throw new IllegalArgumentException("an asset library needs at least one asset");
        }
    }

    /** Every category an asset of the library has, sorted (by UTF-16 code unit): the order they are numbered in. */
    public List<String> categories() {
        return List.copyOf(new TreeSet<>(assets.stream().map(Asset::category).toList()));
    }
}
