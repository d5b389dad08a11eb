package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonClassDescription("How an object moves through a sequence (drawn once per sequence and object): it slides at "
        + "velocity and turns at spin from where it was placed. Ignored outside sequences and under physics placement.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MotionSpec(
        @JsonPropertyDescription("[x, y, z] linear velocity (m/s); default [0, 0, 0].") List<NumberSampler> velocity,
        @JsonPropertyDescription("[yaw, pitch, roll] angular velocity (degrees/s about y, x, z); default [0, 0, 0].")
        List<NumberSampler> spin) {
}
