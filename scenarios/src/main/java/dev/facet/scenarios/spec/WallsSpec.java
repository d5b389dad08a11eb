package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonClassDescription("Four walls standing on the ground's edges (a room).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WallsSpec(Boolean enabled, Double height, Double thickness, MaterialSpec material, String category) {
}
