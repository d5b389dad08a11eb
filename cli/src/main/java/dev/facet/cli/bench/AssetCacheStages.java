package dev.facet.cli.bench;

import dev.facet.engine.scene.AssetCache;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.assets.FacetAssets;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The asset caches, hit and missed, in the same process as the other stages. Textures: the
 * benchmark scenes with {@value #TEXTURED} objects each showing a texture no frame used before
 * (every one a miss: read, decoded, uploaded), then the same scenes again (every one a hit).
 * Meshes: a library of {@value #MESHES} generated OBJ files loaded one after another through a
 * mesh library with a {@value #MESH_BUDGET_MIB} MiB budget (misses, with evictions), then the
 * last ones again (hits), with the cache's estimated bytes, and the live heap (after a full
 * collection) and resident memory before and after: both include what the loader left behind.
 */
final class AssetCacheStages {
    static final int TEXTURED = 8;
    static final int TEXTURE_SIZE = 128;
    static final int MAX_TEXTURE_FRAMES = 60;
    static final int MESHES = 1000;
    static final int MESH_BUDGET_MIB = 8;
    static final int MESH_HITS = 50;

    private final Results results;

    AssetCacheStages(Results results) {
        this.results = results;
    }

    void measure(HeadlessRenderer renderer, List<Scene> scenes, ToDoubleFunction<List<Scene>> withReadback, Path tmp)
            throws IOException {
        textures(renderer, scenes.subList(0, Math.min(scenes.size(), MAX_TEXTURE_FRAMES)), withReadback,
                Files.createDirectories(tmp.resolve("textures")));
        meshes(Files.createDirectories(tmp.resolve("meshes")));
    }

    private void textures(HeadlessRenderer renderer, List<Scene> scenes, ToDoubleFunction<List<Scene>> withReadback,
                          Path dir) throws IOException {
        List<Scene> textured = new ArrayList<>();
        for (Scene s : scenes) {
            List<SceneObject> objects = new ArrayList<>();
            for (SceneObject o : s.objects()) {
                int i = objects.size();
                if (i >= 1 && i <= TEXTURED) {
                    Path file = dir.resolve(s.frame() + "_" + i + ".png");
                    writeTexture(file, (int) s.frame() * 31 + i);
                    Material m = o.material();
                    o = new SceneObject(o.instanceId(), o.category(), o.name(), o.worldFromObject(), o.shape(),
                            new Material(m.color(), m.roughness(), m.metalness(), file.toString(), 1));
                }
                objects.add(o);
            }
            textured.add(new Scene(s.frame(), s.seed(), s.timeS(), s.camera(), objects, s.lighting(), s.background(),
                    s.backgroundImage(), s.params(), s.rendering()));
        }
        AssetCache.Stats before = renderer.textureCacheStats();
        double miss = withReadback.applyAsDouble(textured);
        double hit = withReadback.applyAsDouble(textured);
        AssetCache.Stats after = renderer.textureCacheStats();
        int perFrame = Math.min(TEXTURED, textured.get(0).objects().size() - 1);
        results.put("texture_miss_fps", miss);
        results.put("texture_hit_fps", hit);
        results.put("texture_miss_ms", (1000 / miss - 1000 / hit) / perFrame);
        results.put("texture_cache_entries", after.entries());
        results.put("texture_cache_mb", after.bytes() / 1048576.0);
        results.put("texture_cache_misses", after.misses() - before.misses());
        results.put("texture_cache_hits", after.hits() - before.hits());
    }

    private static void writeTexture(Path file, int seed) throws IOException {
        BufferedImage img = new BufferedImage(TEXTURE_SIZE, TEXTURE_SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < TEXTURE_SIZE; y++) {
            for (int x = 0; x < TEXTURE_SIZE; x++) {
                img.setRGB(x, y, ((x ^ y) * 8 + seed * 2654435761L) % 0xffffff > 0x7fffff ? 0xc08040 : 0x406080 + seed);
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private void meshes(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < MESHES; i++) {
            Path f = dir.resolve(String.format("m%04d.obj", i));
            Files.writeString(f, lathe(0.02 + 0.0001 * i));
            files.add(f.toString());
        }
        long heapBefore = Memory.liveHeapMb();
        long rssBefore = Memory.rssMb();
        JmeMeshLibrary library = new JmeMeshLibrary(FacetAssets.create(), (long) MESH_BUDGET_MIB << 20);
        long t0 = System.nanoTime();
        for (String f : files) {
            library.load(f);
        }
        double missMs = (System.nanoTime() - t0) / 1e6 / files.size();
        long t1 = System.nanoTime();
        List<String> recent = files.subList(files.size() - MESH_HITS, files.size());
        for (int round = 0; round < 20; round++) {
            for (String f : recent) {
                library.mesh(f);
            }
        }
        double hitUs = (System.nanoTime() - t1) / 1e3 / (20.0 * recent.size());
        AssetCache.Stats s = library.cacheStats();
        long heapAfter = Memory.liveHeapMb();
        results.put("mesh_miss_ms", missMs);
        results.put("mesh_hit_us", hitUs);
        results.put("mesh_cache_entries", s.entries());
        results.put("mesh_cache_mb", s.bytes() / 1048576.0);
        results.put("mesh_cache_evictions", s.evictions());
        results.put("mesh_library_live_heap_growth_mb", heapAfter - heapBefore);
        results.put("mesh_library_rss_growth_mb", Memory.rssMb() - rssBefore);
    }

    /** A surface of revolution with 16 segments and 16 rings (480 triangles). */
    static String lathe(double radius) {
        StringBuilder b = new StringBuilder();
        int segments = 16;
        int rings = 16;
        for (int i = 0; i < rings; i++) {
            double y = 0.1 * i / (rings - 1);
            double r = radius * (1 + 0.3 * Math.sin(i * 0.4));
            for (int s = 0; s < segments; s++) {
                double a = 2 * Math.PI * s / segments;
                b.append(String.format("v %.5f %.5f %.5f%n", r * Math.cos(a), y, r * Math.sin(a)));
            }
        }
        for (int i = 0; i < rings - 1; i++) {
            for (int s = 0; s < segments; s++) {
                int p = i * segments + s + 1;
                int q = i * segments + (s + 1) % segments + 1;
                b.append("f ").append(p).append(' ').append(q).append(' ').append(q + segments).append('\n');
                b.append("f ").append(p).append(' ').append(q + segments).append(' ').append(p + segments).append('\n');
            }
        }
        return b.toString();
    }
}
