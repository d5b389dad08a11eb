package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

@JsonClassDescription("Frames come in sequences: frame k is step k % frames of sequence k / frames. Every random "
        + "value is drawn once per sequence and the world moves through the steps (motion, physics).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SequenceSpec(
        @JsonProperty(required = true) @JsonPropertyDescription("Frames (steps) per sequence, at least 1.") Integer frames,
        @JsonPropertyDescription("Steps per second of simulated time (default 30): step t is at t / fps seconds.")
        Double fps) {
}
