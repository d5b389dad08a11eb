package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonClassDescription("How an object moves through a sequence (drawn once per sequence and object): it slides at "
        + "velocity and turns at spin from where it was placed, or follows keyframes (not both). Ignored outside "
        + "sequences and under physics placement.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MotionSpec(
        @JsonPropertyDescription("[x, y, z] linear velocity (m/s); default [0, 0, 0].") List<NumberSampler> velocity,
        @JsonPropertyDescription("[yaw, pitch, roll] angular velocity (degrees/s about y, x, z); default [0, 0, 0].")
        List<NumberSampler> spin,
        @JsonPropertyDescription("Offsets from the placed pose at given times: position interpolated linearly, "
                + "rotation by slerp; held before the first and after the last. Excludes velocity and spin.")
        List<ObjectKeyframe> keyframes) {
}
