package dev.facet.renderer.assets;

import dev.facet.engine.scene.AssetSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks an OBJ's {@code mtllib} statements before jME reads it: jME looks for each library
 * by its bare file name beside the .obj, and when it is missing only logs a warning and
 * draws the model untextured. Facet makes that an error naming the file.
 */
public final class ObjLibraries {
    private ObjLibraries() {
    }

    /** @throws IOException naming the first material library of {@code source} that is not beside it */
    public static void check(String source) throws IOException {
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(AssetSource.open(source), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String t = line.strip();
                if (!t.regionMatches(true, 0, "mtllib", 0, 6) || t.length() < 7 || !Character.isWhitespace(t.charAt(6))) {
                    continue;
                }
                String written = t.substring(7).strip().replace('\\', '/');
                if (!written.toLowerCase(Locale.ROOT).endsWith(".mtl")) {
                    throw new IOException("mtllib names " + written + ", which is not a .mtl file");
                }
                String beside = folder + written.substring(written.lastIndexOf('/') + 1);
                try {
                    FacetAssets.keyName(beside);
                } catch (IOException e) {
                    throw new IOException("its material library " + written + " is not beside it");
                }
            }
        }
    }
}
