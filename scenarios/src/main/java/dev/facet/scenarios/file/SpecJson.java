package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.facet.scenarios.build.PlainData;
import dev.facet.scenarios.spec.ScenarioSpec;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The strict Jackson settings scenario files are read with (the same for YAML and JSON),
 * and the plain-map form of a resolved scenario that dataset.json records.
 */
final class SpecJson {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(ReadLimits.NESTING).build();
    static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(LIMITS).build();
    static final JsonFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(LIMITS).loaderOptions(yamlLimits()).build();
    private static final ObjectMapper JSON_MAPPER = mapper(JSON);

    private SpecJson() {
    }

    /** SnakeYAML's own limits: the file size and nesting limits are Facet's (aliases are refused by {@link TokenRules}). */
    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(ReadLimits.NESTING);
        options.setCodePointLimit((int) ReadLimits.DATASET_BYTES);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** A strict mapper over {@code factory}: unknown fields, nulls for primitives, trailing tokens, coercions refused. */
    static ObjectMapper mapper(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /** The scenario as plain maps and lists, in the file's field order. */
    static Map<String, Object> toMap(ScenarioSpec spec) {
        return PlainData.toMap(spec);
    }

    /** The scenario as a JSON tree (every sampler in its file form). */
    static JsonNode tree(ScenarioSpec spec) {
        return JSON_MAPPER.valueToTree(spec);
    }
}
