package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonClassDescription("Pinhole intrinsics in pixels for the camera's resolution; scaled when the run's image size differs.")
public record Intrinsics(@JsonProperty(required = true) Double fx, @JsonProperty(required = true) Double fy,
                         @JsonProperty(required = true) Double cx, @JsonProperty(required = true) Double cy) {
}
