package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How the colour image is made; labels (instance, semantic, depth) are never touched by it. */
@JsonClassDescription("How the colour image is made: anti-aliasing, exposure, tone mapping, shadows, ambient "
        + "occlusion, motion blur. Changes RGB only; instance, semantic and depth stay one exact sample at each pixel "
        + "centre.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"antialias", "tone_mapping", "exposure", "soft_shadows", "light_shadows", "ambient_occlusion",
    "motion_blur"})
public record RenderSpec(
        @JsonPropertyDescription("Colour samples per pixel: 1 (none, the default), 2 or 4.") Integer antialias,
        @JsonProperty("tone_mapping") @JsonPropertyDescription("none (clamp, the default) or aces (filmic curve).")
        String toneMapping,
        @JsonPropertyDescription("Exposure compensation in stops (EV) in [-10, 10]; radiance is scaled by 2^exposure. "
                + "Default 0.") Double exposure,
        @JsonProperty("soft_shadows") @JsonPropertyDescription("Filter shadow edges (the sun's and the lights') into "
                + "a penumbra (3x3 percentage-closer filter); default false.") Boolean softShadows,
        @JsonProperty("light_shadows") @JsonPropertyDescription("How many point and spot lights cast shadows: the "
                + "first ones of lighting.lights, 0..4 and at most their number; the others light without shadows. "
                + "Default 0.") Integer lightShadows,
        @JsonProperty("ambient_occlusion") AmbientOcclusionSpec ambientOcclusion,
        @JsonProperty("motion_blur") MotionBlurSpec motionBlur) {

    /** Screen-space ambient occlusion. */
    @JsonClassDescription("Screen-space ambient occlusion computed from the depth image and applied to RGB: creases "
            + "and contacts darken. Omitted = none.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"radius", "intensity"})
    public record AmbientOcclusionSpec(
            @JsonPropertyDescription("How far a surface looks for occluders, metres, in (0, 10]; default 0.25.")
            Double radius,
            @JsonPropertyDescription("How strongly occlusion darkens, in (0, 1]; default 1.") Double intensity) {
    }

    /** Motion blur of sequences. */
    @JsonClassDescription("Motion blur of a sequence's RGB: the average of renders spread over the open shutter, from "
            + "the frame's instant towards the next step (the last step of a sequence blurs towards the previous "
            + "one). Labels stay at the frame's instant. Needs a sequence. Omitted = none.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"shutter", "samples"})
    public record MotionBlurSpec(
            @JsonPropertyDescription("Fraction of the frame interval the shutter is open, in (0, 1]; default 0.5.")
            Double shutter,
            @JsonPropertyDescription("Renders averaged per frame (the frame's own included), 2..16; default 4.")
            Integer samples) {
    }
}
