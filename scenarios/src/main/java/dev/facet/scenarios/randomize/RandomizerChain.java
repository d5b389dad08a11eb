package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.library.AssetLibrary;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.ScenarioSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The randomizers of a file scenario in the order they run on a frame, and what they hand
 * out: categories (numbered from 1 in order of first use) and instance ids (each object
 * template and the distractors get a block as large as their count can reach; the ground
 * and four walls come first).
 */
public final class RandomizerChain {
    private final List<Randomizer> randomizers = new ArrayList<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private int nextId = 1;

    /**
     * The chain for a resolved, checked scenario: {@code meshes} and (for physics) their
     * {@code triangles} by source, {@code parameterBounds} over the run, the libraries of
     * asset_folder shapes (by object index), the mesh library their meshes (and, for physics,
     * their triangles) load through when a frame picks them, and the error for one that cannot
     * be read: (object index, source, reason). A library's categories are numbered in sorted order.
     */
    public RandomizerChain(ScenarioSpec spec, Map<String, Shape.Mesh> meshes, Map<String, float[]> triangles,
                           Map<String, double[]> parameterBounds, Map<Integer, AssetLibrary> libraries,
                           MeshLibrary meshLibrary, Unreadable unreadable) {
        if (spec.ground().enabled()) {
            randomizers.add(new GroundRandomizer(spec.ground(), category(spec.ground().category()), ids(1)));
        }
        if (spec.walls().enabled()) {
            randomizers.add(new WallsRandomizer(spec.walls(), spec.ground().size(), category(spec.walls().category()),
                    ids(4)));
        }
        for (int i = 0; i < spec.objects().size(); i++) {
            ObjectSpec o = spec.objects().get(i);
            int max = SpawnRandomizer.maxCount(o.count(), parameterBounds);
            AssetLibrary library = libraries.get(i);
            if (library != null) {
                Map<String, Category> named = new LinkedHashMap<>();
                library.categories().forEach(c -> named.put(c, category(c)));
                int index = i;
                AssetPicker picker = new AssetPicker(library, meshLibrary, named,
                        (source, reason) -> unreadable.error(index, source, reason));
                randomizers.add(new AssetSpawnRandomizer(i, o, picker, ids(max), max));
            } else {
                randomizers.add(new SpawnRandomizer(i, o, category(o.category()), ids(max), max, meshes));
            }
            randomizers.add(new ScaleRandomizer(i, o.scale()));
            randomizers.add(new MaterialRandomizer(i, o.material()));
            randomizers.add(new PoseRandomizer(i, o.pose()));
        }
        if (spec.distractors() != null) {
            int max = SpawnRandomizer.maxCount(spec.distractors().count(), parameterBounds);
            randomizers.add(new DistractorRandomizer(spec.distractors(), category(spec.distractors().category()),
                    ids(max), max, meshes));
        }
        randomizers.add(new PlacementRandomizer(spec.placement()));
        if (spec.placement().physics()) {
            randomizers.add(new PhysicsRandomizer(spec.placement(),
                    spec.objects().stream().map(ObjectSpec::physics).toList(), triangles,
                    meshLibrary == null ? null : source -> {
                        try {
                            return meshLibrary.triangles(source);
                        } catch (java.io.IOException e) {
                            throw unreadable.error(libraryOf(libraries, source), source, e.getMessage());
                        }
                    }));
        }
        if (spec.sequence() != null) {
            for (int i = 0; i < spec.objects().size(); i++) {
                if (spec.objects().get(i).motion() != null) {
                    randomizers.add(new MotionRandomizer(i, spec.objects().get(i).motion()));
                }
            }
        }
        randomizers.add(new CameraRandomizer(spec.camera()));
        if (spec.camera().distortion() != null || spec.camera().depthNoise() != null) {
            randomizers.add(new SensorRandomizer(spec.camera().distortion(), spec.camera().depthNoise()));
        }
        randomizers.add(new SunRandomizer(spec.lighting().sun()));
        randomizers.add(new AmbientRandomizer(spec.lighting().ambient()));
        for (int j = 0; j < spec.lighting().lights().size(); j++) {
            randomizers.add(new LightRandomizer(j, spec.lighting().lights().get(j)));
        }
        if (spec.lighting().environment() != null) {
            randomizers.add(new EnvironmentRandomizer(spec.lighting().environment()));
        }
        randomizers.add(new BackgroundRandomizer(spec.background()));
        if (spec.render() != null || spec.camera().effects() != null) {
            randomizers.add(new RenderingRandomizer(spec.render(), spec.camera().effects()));
        }
    }

    /** The index of the object whose asset folder holds {@code source} (0 if none does). */
    private static int libraryOf(Map<Integer, AssetLibrary> libraries, String source) {
        return libraries.entrySet().stream()
                .filter(e -> e.getValue().assets().stream().anyMatch(a -> a.source().equals(source)))
                .map(Map.Entry::getKey).findFirst().orElse(0);
    }

    /** The error for a library mesh a frame picked that cannot be read. */
    @FunctionalInterface
    public interface Unreadable {
        RuntimeException error(int objectIndex, String source, String reason);
    }

    /** The first of {@code n} fresh instance ids. */
    private int ids(int n) {
        int first = nextId;
        nextId += n;
        return first;
    }

    private Category category(String name) {
        return categories.computeIfAbsent(name, n -> new Category(categories.size() + 1, n));
    }

    /** Runs every randomizer on the frame, in order. */
    public void apply(FrameDraft frame) {
        for (Randomizer r : randomizers) {
            r.apply(frame);
        }
    }

    public List<Randomizer> randomizers() {
        return List.copyOf(randomizers);
    }

    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    /** The highest instance id a frame can hold. */
    public int instanceIds() {
        return nextId - 1;
    }
}
