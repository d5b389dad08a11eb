package dev.facet.scenarios.file;

import dev.facet.scenarios.library.AssetFolder;
import dev.facet.scenarios.library.AssetLibrary;
import dev.facet.scenarios.library.AssetRules;
import dev.facet.scenarios.library.UpAxis;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lists the folder of every {@code asset_folder} shape of a resolved scenario and applies its
 * assets.yaml: the library each object template picks from, by template index. Reads no mesh.
 */
final class AssetLibraries {
    private AssetLibraries() {
    }

    /** The library of object {@code i} of {@code spec}, whose shape is an asset_folder with checked fields. */
    static AssetLibrary of(ScenarioSpec spec, int i, FieldErrors errors) {
        ShapeSpec.AssetFolder a = (ShapeSpec.AssetFolder) spec.objects().get(i).shape();
        return library(a, FieldPath.ROOT.field("objects").index(i).field("shape"), errors);
    }

    private static AssetLibrary library(ShapeSpec.AssetFolder a, FieldPath at, FieldErrors errors) {
        UpAxis up = UpAxis.named(a.up());
        List<String> files;
        try {
            files = AssetFolder.list(a.path(), a.pattern());
        } catch (IOException e) {
            boolean glob = e.getMessage() != null && e.getMessage().startsWith("not a valid glob");
            throw errors.at(at.field(glob ? "pattern" : "path"), glob ? e.getMessage()
                    : "cannot list asset folder " + a.path() + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw errors.at(at.field("pattern"), "no file in " + a.path() + " matches '" + a.pattern() + "'");
        }
        Optional<AssetRulesReader.Read> rules = AssetRulesReader.read(a.path());
        List<AssetLibrary.Asset> assets = new ArrayList<>();
        AssetRules given = rules.map(AssetRulesReader.Read::rules).orElse(null);
        List<Predicate<String>> globs = new ArrayList<>();
        for (AssetRules.Rule r : given != null ? given.assets() : List.<AssetRules.Rule>of()) {
            globs.add(glob(r.match()));
        }
        boolean[] used = new boolean[globs.size()];
        for (String source : files) {
            assets.add(asset(a, up, source, given, globs, used));
        }
        for (int k = 0; k < used.length; k++) {
            if (!used[k]) {
                throw rules.get().error(FieldPath.ROOT.field("assets").index(k).field("match"), "'"
                        + rules.get().rules().assets().get(k).match() + "' matches no file the scenario's pattern '"
                        + a.pattern() + "' lists");
            }
        }
        return new AssetLibrary(a.path(), assets);
    }

    /** One file's category, size rule and up axis: the shape's, then each matching rule's in order. */
    private static AssetLibrary.Asset asset(ShapeSpec.AssetFolder a, UpAxis shapeUp, String source, AssetRules rules,
                                            List<Predicate<String>> globs, boolean[] used) {
        String rel = AssetFolder.relative(a.path(), source);
        String category = null;
        Double fit = a.fit();
        double scale = 1;
        UpAxis up = shapeUp;
        if (rules != null) {
            for (int k = 0; k < rules.assets().size(); k++) {
                AssetRules.Rule r = rules.assets().get(k);
                if (!globs.get(k).test(rel)) {
                    continue;
                }
                used[k] = true;
                category = r.category() != null ? r.category() : category;
                if (r.fit() != null || r.scale() != null) {
                    fit = r.fit();
                    scale = r.scale() != null ? r.scale() : 1;
                }
                up = r.up() != null ? UpAxis.named(r.up()) : up;
            }
        }
        return new AssetLibrary.Asset(source, category(a, rel, category), fit, scale, up);
    }

    /** A fixed name always; else the assets.yaml category; else the parent folder's name or the file's stem. */
    private static String category(ShapeSpec.AssetFolder a, String rel, String fromRules) {
        if (!a.category().equals(ShapeSpec.AssetFolder.FOLDER) && !a.category().equals(ShapeSpec.AssetFolder.FILE)) {
            return a.category();
        }
        if (fromRules != null) {
            return fromRules;
        }
        int slash = rel.lastIndexOf('/');
        if (a.category().equals(ShapeSpec.AssetFolder.FILE)) {
            String name = rel.substring(slash + 1);
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        if (slash < 0) {
            return AssetFolder.name(a.path());
        }
        String parent = rel.substring(0, slash);
        return parent.substring(parent.lastIndexOf('/') + 1);
    }

    private static Predicate<String> glob(String glob) {
        try {
            return AssetFolder.glob(glob);
        } catch (IOException e) {
            throw new IllegalStateException("checked before: " + e.getMessage(), e);
        }
    }
}
