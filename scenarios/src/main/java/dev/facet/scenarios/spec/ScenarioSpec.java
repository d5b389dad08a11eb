package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The scenario file format, version 1: one model for YAML and JSON. Every field but
 * {@code facet} is optional in a file; the loader fills the defaults, and the
 * resolved model is what dataset.json records. Polymorphic parts (camera poses, shapes,
 * object poses, lights, sweeps) are a closed list named by {@code kind}.
 */
@JsonClassDescription("A Facet scenario file (format version 1).")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"facet", "name", "description", "seed", "frames", "params", "camera", "render", "lighting", "background",
        "ground", "walls", "placement", "objects", "distractors", "sweep", "sequence", "outputs", "export", "derived_from"})
public record ScenarioSpec(
        @JsonProperty(required = true) @JsonPropertyDescription("Format version; must be 1.") Integer facet,
        @JsonPropertyDescription("Scenario name; default: the file name without extension.") String name,
        String description,
        @JsonPropertyDescription("Run seed when --seed is not given.") Long seed,
        @JsonPropertyDescription("Frame count when --frames is not given (a sweep's own count otherwise).") Integer frames,
        @JsonPropertyDescription("Named numeric parameters with their default values; use them as \"$name\" "
                + "wherever a number goes, and vary them in a sweep.") Map<String, Double> params,
        CameraSpec camera,
        @JsonPropertyDescription("How the colour image is made (anti-aliasing, exposure, tone mapping, soft "
                + "shadows); default: none of them.") RenderSpec render,
        LightingSpec lighting,
        BackgroundSpec background,
        GroundSpec ground,
        WallsSpec walls,
        PlacementSpec placement,
        List<ObjectSpec> objects,
        DistractorSpec distractors,
        SweepSpec sweep,
        SequenceSpec sequence,
        @JsonPropertyDescription("Modalities to write: rgb, instance, semantic, depth (the default: these four), and the "
                + "optional amodal, normals, object_coords, flow (sequences only; brings flow_valid), flow_valid and "
                + "depth_noisy (needs camera.depth_noise); meta always; see docs/optional-layers.md.") List<String> outputs,
        @JsonPropertyDescription("Further exporters by name with their options, e.g. {coco: {}, yolo: {}}.")
        Map<String, Map<String, Object>> export,
        @JsonProperty("derived_from") @JsonPropertyDescription("Where this scenario came from when `facet refine` wrote it "
                + "(source dataset, failing frames, scores file and its sha256); free-form, not read by the run.")
        Map<String, Object> derivedFrom) {

    public static final int VERSION = 1;
}
