package dev.facet.scenarios.check;

import dev.facet.engine.scene.AssetSource;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.sample.TextSampler;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Loads every asset a scenario names before anything renders: meshes through the injected
 * {@link MeshLibrary} (the one the run draws with), keeping their bounds; images are read
 * and decoded (PNG/JPEG through ImageIO, Radiance .hdr by its header).
 */
final class AssetChecks {
    private final FieldErrors errors;
    private final MeshLibrary library;
    private final Map<String, Shape.Mesh> meshes = new LinkedHashMap<>();

    AssetChecks(FieldErrors errors, MeshLibrary library) {
        this.errors = errors;
        this.library = library;
    }

    /** Every mesh loaded so far, by source. */
    Map<String, Shape.Mesh> meshes() {
        return meshes;
    }

    /** Every file {@code files} can give is a mesh file that loads. */
    void meshFiles(FieldPath p, TextSampler files) {
        List<String> values = files.values();
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = files instanceof TextSampler.Choice ? p.field("values").index(i) : p;
            String v = values.get(i);
            if (!AssetSource.isMesh(v)) {
                throw errors.at(at, "expected a mesh file (.obj, .gltf, .glb), got '" + FieldChecks.shortName(v) + "'");
            }
            mesh(at, v);
        }
    }

    void mesh(FieldPath at, String source) {
        if (meshes.containsKey(source)) {
            return;
        }
        try {
            meshes.put(source, library.load(source));
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.toString();
            throw errors.at(at, m.startsWith("cannot read mesh ") ? m : "cannot read mesh " + source + ": " + m);
        }
    }

    /** Every file {@code files} can give is an image that decodes. */
    void images(FieldPath p, TextSampler files) {
        List<String> values = files.values();
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = files instanceof TextSampler.Choice ? p.field("values").index(i) : p;
            try {
                image(values.get(i));
            } catch (IOException e) {
                throw errors.at(at, "cannot read image " + values.get(i) + ": " + e.getMessage());
            }
        }
    }

    private static void image(String source) throws IOException {
        byte[] bytes;
        try {
            bytes = AssetBytes.read(source);
        } catch (NoSuchFileException e) {
            throw new IOException(e.getMessage() != null ? e.getMessage() : "no such file");
        }
        if (source.toLowerCase(Locale.ROOT).endsWith(".hdr")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 10), StandardCharsets.US_ASCII);
            if (!head.startsWith("#?RADIANCE") && !head.startsWith("#?RGBE")) {
                throw new IOException("not a Radiance .hdr image");
            }
            return;
        }
        if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
            throw new IOException("not an image this Facet reads (PNG, JPEG, .hdr)");
        }
    }
}
