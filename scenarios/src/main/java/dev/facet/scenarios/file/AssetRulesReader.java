package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.scene.AssetSource;
import dev.facet.scenarios.library.AssetRules;
import dev.facet.scenarios.library.UpAxis;
import dev.facet.scenarios.spec.FieldPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Reads an asset folder's {@code assets.yaml} as strictly as a scenario file: YAML of at most
 * {@link ReadLimits#SCENARIO_BYTES}, a closed set of fields, each problem one
 * {@link ScenarioError} with the file, line, column and field path.
 */
final class AssetRulesReader {
    private AssetRulesReader() {
    }

    /** The rules of {@code folder}'s assets.yaml with where each stands, or empty when it has none. */
    static Optional<Read> read(String folder) {
        String source = folder.replaceAll("/+$", "") + "/" + AssetRules.FILE_NAME;
        byte[] bytes;
        try (InputStream in = AssetSource.open(source)) {
            bytes = in.readNBytes((int) ReadLimits.SCENARIO_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ScenarioError(source, 0, 0, "", "cannot read the file: " + e.getMessage());
        }
        if (bytes.length > ReadLimits.SCENARIO_BYTES) {
            throw new ScenarioError(source, 0, 0, "", "an assets.yaml may be at most " + ReadLimits.size(ReadLimits.SCENARIO_BYTES));
        }
        ScenarioText text = new ScenarioText(source, ScenarioFileReader.decode(source, bytes), true);
        ParsedText parsed = parse(text);
        AssetRules rules = bind(parsed, text);
        check(rules, parsed);
        return Optional.of(new Read(rules, parsed));
    }

    /** The rules and their text, for errors found later (a rule that matches no file). */
    record Read(AssetRules rules, ParsedText text) {
        ScenarioError error(FieldPath path, String problem) {
            return text.error(path, problem);
        }
    }

    private static ParsedText parse(ScenarioText source) {
        String expected = "expected a mapping: facet_assets: 1 and assets: [...]";
        return ScenarioParser.parseMapping(source, expected, expected);
    }

    private static AssetRules bind(ParsedText parsed, ScenarioText source) {
        JsonNode version = parsed.tree().get("facet_assets");
        if (version != null && (!version.isInt() || version.asInt() != AssetRules.VERSION)) {
            throw parsed.error(FieldPath.ROOT.field("facet_assets"), "unsupported assets.yaml version " + version
                    + "; this Facet reads version " + AssetRules.VERSION);
        }
        try {
            return SpecJson.mapper(source.factory()).treeToValue(parsed.tree(), AssetRules.class);
        } catch (JsonMappingException e) {
            FieldPath path = BindingProblems.path(e);
            throw parsed.error(path, BindingProblems.problem(e, parsed.tree(), path));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw parsed.error(FieldPath.ROOT, e.getMessage());
        }
    }

    private static void check(AssetRules rules, ParsedText parsed) {
        for (int i = 0; i < rules.assets().size(); i++) {
            AssetRules.Rule r = rules.assets().get(i);
            FieldPath at = FieldPath.ROOT.field("assets").index(i);
            if (r == null) {
                throw parsed.error(at, "expected a rule {match: GLOB, category?, fit?, scale?, up?}");
            }
            if (r.match() == null || r.match().isBlank()) {
                throw parsed.error(at.field("match"), "expected a non-empty glob");
            }
            try {
                dev.facet.scenarios.library.AssetFolder.glob(r.match());
            } catch (IOException e) {
                throw parsed.error(at.field("match"), e.getMessage());
            }
            if (r.category() != null && r.category().isBlank()) {
                throw parsed.error(at.field("category"), "expected a non-empty category name");
            }
            if (r.fit() != null && r.scale() != null) {
                throw parsed.error(at.field("scale"), "give fit or scale, not both");
            }
            positive(parsed, at.field("fit"), r.fit());
            positive(parsed, at.field("scale"), r.scale());
            if (r.up() != null && UpAxis.named(r.up()) == null) {
                throw parsed.error(at.field("up"), "expected one of " + String.join(", ", UpAxis.names()) + ", got '"
                        + r.up() + "'");
            }
        }
    }

    private static void positive(ParsedText parsed, FieldPath at, Double v) {
        if (v != null && !(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw parsed.error(at, "expected a number > 0, got " + v);
        }
    }
}
