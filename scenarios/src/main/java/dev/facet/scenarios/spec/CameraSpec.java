package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

/** Where the camera is, what it sees and how far: resolution, field of view or intrinsics, clip planes, pose. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CameraSpec(
        @JsonPropertyDescription("[width, height] in pixels when --width/--height are not given.") List<Integer> resolution,
        @JsonPropertyDescription("Vertical field of view in degrees, in (0, 180). Ignored when intrinsics are given.") NumberSampler fov,
        Intrinsics intrinsics,
        Double near,
        Double far,
        PoseSpec pose,
        @JsonPropertyDescription("Camera flaws on the RGB image (noise, vignetting, chromatic aberration, JPEG); "
                + "default none.") EffectsSpec effects,
        @JsonPropertyDescription("Handheld shake on top of the pose; default none.") HandheldSpec handheld,

        @JsonPropertyDescription("Lens distortion (opencv or fisheye); default none (a pinhole camera).")
        DistortionSpec distortion,
        @JsonProperty("depth_noise") @JsonPropertyDescription("The depth sensor model of the depth_noisy output; "
                + "default none.") DepthNoiseSpec depthNoise) {
}
