package dev.facet.scenarios.check;

import dev.facet.engine.scene.AssetSource;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import dev.facet.scenarios.sample.TextSampler;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.engine.scene.ImageHeader;
import dev.facet.engine.scene.RenderLimits;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Loads every asset a scenario names before anything renders: meshes through the injected
 * {@link MeshLibrary} (the one the run draws with), keeping their bounds; images by their
 * headers first ({@link ImageHeader}: size and framing, never decoding a file that claims
 * too large an image), then PNG/JPEG decoded through ImageIO with their pixels subsampled.
 * The files of a folder ({@code kind: folder} samplers, asset folders) are only read by their
 * headers unless the checks are thorough ({@code facet validate}): a run over a library of
 * thousands of files loads each only when a frame first picks it.
 */
final class AssetChecks {
    private final FieldErrors errors;
    private final MeshLibrary library;
    private final Map<String, Shape.Mesh> meshes = new LinkedHashMap<>();
    private final Map<String, float[]> triangles = new LinkedHashMap<>();
    private final boolean thorough;
    private final boolean physics;

    /**
     * {@code thorough}: load every file of every folder too (validate), not only read its header (run);
     * {@code physics}: the scenario simulates, so every named mesh's triangles are read too (colliders).
     */
    AssetChecks(FieldErrors errors, MeshLibrary library, boolean thorough, boolean physics) {
        this.errors = errors;
        this.library = library;
        this.thorough = thorough;
        this.physics = physics;
    }

    /** Every named mesh's triangles by source, when the scenario simulates (else none). */
    Map<String, float[]> triangles() {
        return triangles;
    }

    /** A listed folder's files, or the problem with it at {@code p}. */
    private List<String> values(FieldPath p, TextSampler files) {
        if (files instanceof TextSampler.Listed l) {
            if (l.problem() != null) {
                throw errors.at(p.field(l.problem().startsWith("not a valid glob") ? "pattern" : "path"), l.problem());
            }
            if (l.files().isEmpty()) {
                throw errors.at(p.field("pattern"), "no file in " + l.path() + " matches '" + l.pattern() + "'");
            }
        }
        return files.values();
    }

    private static FieldPath at(FieldPath p, TextSampler files, int i) {
        return files instanceof TextSampler.Choice ? p.field("values").index(i) : p;
    }

    /**
     * Every asset of an asset folder is a mesh file: loaded when {@code thorough} (validate), else
     * only checked to exist and, for .glb, to have whole chunks (a run loads each when a frame picks it).
     */
    void library(FieldPath p, dev.facet.scenarios.library.AssetLibrary lib) {
        for (var a : lib.assets()) {
            if (!AssetSource.isMesh(a.source())) {
                throw errors.at(p.field("pattern"), "expected only mesh files (.obj, .gltf, .glb), but it matches '"
                        + FieldChecks.shortName(a.source()) + "'");
            }
            if (thorough) {
                mesh(p.field("path"), a.source());
                continue;
            }
            try {
                if (a.source().toLowerCase(Locale.ROOT).endsWith(".glb")) {
                    dev.facet.engine.scene.GlbHeader.check(a.source());
                } else {
                    AssetSource.open(a.source()).close();
                }
            } catch (IOException e) {
                throw errors.at(p.field("path"), "cannot read mesh " + a.source() + ": " + e.getMessage());
            }
        }
    }

    /** Every mesh loaded so far, by source. */
    Map<String, Shape.Mesh> meshes() {
        return meshes;
    }

    /** Every file {@code files} can give is a mesh file that loads. */
    void meshFiles(FieldPath p, TextSampler files) {
        List<String> values = values(p, files);
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = at(p, files, i);
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
            if (physics) {
                triangles.put(source, library.triangles(source));
            }
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.toString();
            throw errors.at(at, m.startsWith("cannot read mesh ") ? m : "cannot read mesh " + source + ": " + m);
        }
    }

    /**
     * Every file {@code files} can give is an image the renderer takes: PNG or JPEG (or, when
     * {@code radiance}, a Radiance .hdr), within {@link RenderLimits#MAX_TEXTURE_SIZE}, whole.
     */
    void images(FieldPath p, TextSampler files, boolean radiance) {
        List<String> values = values(p, files);
        boolean decode = thorough || !(files instanceof TextSampler.Listed);
        for (int i = 0; i < values.size(); i++) {
            FieldPath at = at(p, files, i);
            try {
                image(values.get(i), radiance, decode);
            } catch (IOException e) {
                throw errors.at(at, "cannot read image " + values.get(i) + ": " + e.getMessage());
            }
        }
    }

    private static void image(String source, boolean radiance, boolean decode) throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        boolean hdr = lower.endsWith(".hdr");
        if (hdr && !radiance || !hdr && !lower.endsWith(".png") && !lower.endsWith(".jpg") && !lower.endsWith(".jpeg")) {
            throw new IOException("expected a .png, .jpg or .jpeg file" + (radiance ? " or a Radiance .hdr" : ""));
        }
        ImageHeader header;
        try {
            header = ImageHeader.read(source);
        } catch (NoSuchFileException e) {
            throw new IOException(e.getMessage() != null ? e.getMessage() : "no such file");
        }
        if (!hdr && decode) {
            decodes(source, header);
        }
    }

    /** Decodes the whole file, keeping about 256 x 256 of its pixels, so a corrupt one is refused. */
    private static void decodes(String source, ImageHeader header) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(AssetSource.open(source))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image this Facet reads (PNG, JPEG, .hdr)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(header.width(), header.height()) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } catch (RuntimeException e) {
                throw new IOException("not a valid " + header.format() + " file (" + e.getMessage() + ")");
            } finally {
                reader.dispose();
            }
        } catch (javax.imageio.IIOException e) {
            throw new IOException("not a valid " + header.format() + " file (" + e.getMessage() + ")");
        }
    }
}
