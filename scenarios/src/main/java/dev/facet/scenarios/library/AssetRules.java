package dev.facet.scenarios.library;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * The optional {@code assets.yaml} of an asset folder: rules, in order, each naming the files it
 * matches (a glob relative to the folder, as a shape's {@code pattern}) and what it says about
 * them. For each file, every field is taken from the last matching rule that sets it (a rule
 * giving {@code fit} or {@code scale} replaces the sizing of earlier ones).
 *
 * <pre>
 * facet_assets: 1
 * assets:
 *   - {match: "**&#47;*.glb", up: y}
 *   - {match: "mugs/**", category: mug, fit: 0.1}
 *   - {match: "scans/*.obj", category: can, scale: 0.001, up: z}
 * </pre>
 */
@JsonClassDescription("An asset folder's assets.yaml.")
public record AssetRules(
        @JsonProperty(value = "facet_assets", required = true) Integer version,
        @JsonProperty(required = true) List<Rule> assets) {
    public static final int VERSION = 1;
    public static final String FILE_NAME = "assets.yaml";

    public record Rule(
            @JsonProperty(required = true) @JsonPropertyDescription("A glob over paths relative to the folder.") String match,
            @JsonPropertyDescription("The category of the files it matches.") String category,
            @JsonPropertyDescription("Scale so that the longest side is this many metres.") Double fit,
            @JsonPropertyDescription("A factor on the file's own units (0.01 for centimetres).") Double scale,
            @JsonPropertyDescription("The files' up axis: x, y, z, -x, -y or -z.") String up) {
    }
}
