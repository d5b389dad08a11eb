package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How the colour image is made; labels (instance, semantic, depth) are never touched by it. */
@JsonClassDescription("How the colour image is made: anti-aliasing, exposure, tone mapping, soft shadows. "
        + "Changes RGB only; instance, semantic and depth stay one exact sample at each pixel centre.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"antialias", "tone_mapping", "exposure", "soft_shadows"})
public record RenderSpec(
        @JsonPropertyDescription("Colour samples per pixel: 1 (none, the default), 2 or 4.") Integer antialias,
        @JsonProperty("tone_mapping") @JsonPropertyDescription("none (clamp, the default) or aces (filmic curve).")
        String toneMapping,
        @JsonPropertyDescription("Exposure compensation in stops (EV) in [-10, 10]; radiance is scaled by 2^exposure. "
                + "Default 0.") Double exposure,
        @JsonProperty("soft_shadows") @JsonPropertyDescription("Filter sun shadow edges into a penumbra (3x3 "
                + "percentage-closer filter); default false.") Boolean softShadows) {
}
