package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonClassDescription("Where an object is t seconds into its sequence, relative to where it was placed.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"t", "position", "rotation"})
public record ObjectKeyframe(
        @JsonProperty(required = true) @JsonPropertyDescription("Seconds since the sequence began, >= 0; "
                + "keyframes in increasing time.") NumberSampler t,
        @JsonPropertyDescription("[x, y, z] offset (m, world axes) from the placed position; default [0, 0, 0].")
        List<NumberSampler> position,
        @JsonPropertyDescription("[yaw, pitch, roll] turn (degrees about the object's own y, x, z) from the placed "
                + "orientation; default [0, 0, 0].") List<NumberSampler> rotation) {
}
