package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.facet.scenarios.sample.NumberSampler;

@JsonClassDescription("Handheld shake on top of any camera pose: smooth noise (a sum of three sines per axis "
        + "with phases drawn once per sequence) moves the eye along the camera's own axes and turns it about them.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"position", "rotation", "frequency"})
public record HandheldSpec(
        @JsonPropertyDescription("Largest eye offset along each camera axis (m), in [0, 1]; default 0.005.")
        NumberSampler position,
        @JsonPropertyDescription("Largest turn about each camera axis (degrees), in [0, 10]; default 0.5.")
        NumberSampler rotation,
        @JsonPropertyDescription("Base frequency of the shake (Hz), in (0, 30]; default 1.5.") NumberSampler frequency) {
}
