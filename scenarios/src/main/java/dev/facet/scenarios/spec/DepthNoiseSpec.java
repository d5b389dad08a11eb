package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;

/** The depth sensor's errors that make the depth_noisy output; each number drawn per frame. */
@JsonClassDescription("A depth sensor model for the depth_noisy output (add depth_noisy to outputs); clean depth "
        + "stays. Per pixel: noise of std std_base + std_z2 z^2, then quantisation, then dropout at depth edges. "
        + "Numbers are numbers or samplers drawn per frame.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"std_base", "std_z2", "quantization", "baseline", "disparity_step", "depth_step", "edge_dropout",
        "edge_threshold"})
public record DepthNoiseSpec(
        @JsonProperty("std_base") @JsonPropertyDescription("Noise std at any depth, metres, >= 0; default 0.")
        NumberSampler stdBase,
        @JsonProperty("std_z2") @JsonPropertyDescription("Growth of the noise std with depth: std = std_base + "
                + "std_z2 z^2 (per metre), >= 0; default 0. About 0.0015 for a structured-light sensor.")
        NumberSampler stdZ2,
        @JsonPropertyDescription("none (default), disparity (disparity fx*baseline/z rounded to disparity_step "
                + "pixels: stereo and structured light; steps grow with z^2) or step (depth rounded to depth_step "
                + "metres: time of flight).") String quantization,
        @JsonPropertyDescription("Stereo baseline in metres (disparity only), > 0; default 0.05.") NumberSampler baseline,
        @JsonProperty("disparity_step") @JsonPropertyDescription("Smallest disparity step in pixels (disparity only), "
                + "> 0; default 0.125.") NumberSampler disparityStep,
        @JsonProperty("depth_step") @JsonPropertyDescription("Depth step in metres (step only), > 0; default 0.001.")
        NumberSampler depthStep,
        @JsonProperty("edge_dropout") @JsonPropertyDescription("Probability in [0, 1] that a pixel at a depth edge "
                + "reads 0 (no reading); default 0.") NumberSampler edgeDropout,
        @JsonProperty("edge_threshold") @JsonPropertyDescription("A pixel is at a depth edge when a 4-neighbour has "
                + "no surface or differs by more than this fraction of its depth, > 0; default 0.05.")
        NumberSampler edgeThreshold) {
}
