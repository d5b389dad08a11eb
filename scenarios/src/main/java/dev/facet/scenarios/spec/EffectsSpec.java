package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;

/** A real camera's flaws on the colour image, each number drawn per frame. */
@JsonClassDescription("Camera flaws applied to the RGB image only, each number drawn per frame (a sampler). "
        + "Omitted effects are off.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"noise", "vignetting", "chromatic_aberration", "jpeg_quality"})
public record EffectsSpec(
        NoiseSpec noise,
        @JsonPropertyDescription("How much the corners darken, in [0, 1]; 0 = none.") NumberSampler vignetting,
        @JsonProperty("chromatic_aberration") @JsonPropertyDescription("Red/blue separation at the corners in "
                + "pixels, in [0, 20]; 0 = none.") NumberSampler chromaticAberration,
        @JsonProperty("jpeg_quality") @JsonPropertyDescription("JPEG quality 1..100 the image passes through "
                + "(it is still written as PNG); 0 or omitted = none.") NumberSampler jpegQuality) {

    /** Sensor noise. */
    @JsonClassDescription("Sensor noise on linear colour.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"gaussian_std", "poisson_scale"})
    public record NoiseSpec(
            @JsonProperty("gaussian_std") @JsonPropertyDescription("Read noise std as a fraction of full scale, "
                    + "in [0, 1].") NumberSampler gaussianStd,
            @JsonProperty("poisson_scale") @JsonPropertyDescription("Shot noise: photons at full white (> 0; "
                    + "fewer = noisier); 0 or omitted = none.") NumberSampler poissonScale) {
    }
}
