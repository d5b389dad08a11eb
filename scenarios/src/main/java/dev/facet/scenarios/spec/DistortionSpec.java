package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;

/** The camera's lens distortion, in OpenCV's models; each coefficient drawn per frame. */
@JsonClassDescription("Lens distortion in OpenCV's models on normalised coordinates: opencv (radial-tangential: "
        + "k1, k2, p1, p2, k3, as cv::projectPoints) or fisheye (Kannala-Brandt: k1..k4, as cv::fisheye). Every "
        + "modality then belongs to the distorted camera; meta camera.distortion holds the coefficients in OpenCV's "
        + "order. Each coefficient is a number or sampler drawn per frame; omitted ones are 0.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "k1", "k2", "p1", "p2", "k3", "k4"})
public record DistortionSpec(
        @JsonProperty(required = true) @JsonPropertyDescription("opencv or fisheye.") String model,
        @JsonPropertyDescription("Radial coefficient k1 (both models).") NumberSampler k1,
        @JsonPropertyDescription("Radial coefficient k2 (both models).") NumberSampler k2,
        @JsonPropertyDescription("Tangential coefficient p1 (opencv only).") NumberSampler p1,
        @JsonPropertyDescription("Tangential coefficient p2 (opencv only).") NumberSampler p2,
        @JsonPropertyDescription("Radial coefficient k3 (both models).") NumberSampler k3,
        @JsonPropertyDescription("Radial coefficient k4 (fisheye only).") NumberSampler k4) {
}
