package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonClassDescription("Where the camera is and looks at t seconds into its sequence.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"t", "eye", "target"})
public record CameraKeyframe(
        @JsonProperty(required = true) @JsonPropertyDescription("Seconds since the sequence began, >= 0; "
                + "keyframes in increasing time.") NumberSampler t,
        @JsonProperty(required = true) @JsonPropertyDescription("[x, y, z] of the eye (m).") List<NumberSampler> eye,
        @JsonPropertyDescription("[x, y, z] the camera looks at (m); default [0, 0, 0].") List<NumberSampler> target) {
}
