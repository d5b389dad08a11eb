package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PoseSpec.LookAt.class, name = "look_at"),
    @JsonSubTypes.Type(value = PoseSpec.Fixed.class, name = "fixed"),
    @JsonSubTypes.Type(value = PoseSpec.Orbit.class, name = "orbit"),
    @JsonSubTypes.Type(value = PoseSpec.Sampled.class, name = "sampled"),
    @JsonSubTypes.Type(value = PoseSpec.Dolly.class, name = "dolly"),
    @JsonSubTypes.Type(value = PoseSpec.Spline.class, name = "spline")})
public sealed interface PoseSpec {
    @JsonClassDescription("The camera at eye, looking at target, world y up.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LookAt(@JsonProperty(required = true) List<NumberSampler> eye, List<NumberSampler> target) implements PoseSpec {
    }

    @JsonClassDescription("A fixed world_to_camera matrix (4x4, row-major, OpenCV camera frame).")
    record Fixed(@JsonProperty(value = "world_to_camera", required = true) List<List<Double>> worldToCamera)
            implements PoseSpec {
    }

    @JsonClassDescription("Circles the target: azimuth = azimuth_start + frame * degrees_per_frame (in a sequence: its step, not the frame).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Orbit(List<NumberSampler> target, NumberSampler distance, NumberSampler elevation,
                 @JsonProperty("azimuth_start") NumberSampler azimuthStart,
                 @JsonProperty("degrees_per_frame") Double degreesPerFrame) implements PoseSpec {
    }

    @JsonClassDescription("A camera on a sphere around the target: distance (m), elevation and azimuth (degrees).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sampled(List<NumberSampler> target, NumberSampler distance, NumberSampler elevation, NumberSampler azimuth) implements PoseSpec {
    }

    @JsonClassDescription("A sequence's camera on a straight line: the eye goes from 'from' (step 0) to 'to' (the "
            + "last step) at constant speed, looking at target. Needs a sequence.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dolly(@JsonProperty(required = true) List<NumberSampler> from,
                 @JsonProperty(required = true) List<NumberSampler> to, List<NumberSampler> target) implements PoseSpec {
    }

    @JsonClassDescription("A sequence's camera through keyframes: eye and target each follow a Catmull-Rom spline "
            + "(knots at the keyframe times, Barry-Goldman form) through the keyframes' values; before the first "
            + "and after the last keyframe the camera holds. Needs a sequence.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Spline(@JsonProperty(required = true) List<CameraKeyframe> keyframes) implements PoseSpec {
    }
}
