package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonClassDescription("A ground plane at y = 0.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroundSpec(Boolean enabled, @JsonPropertyDescription("[x, z] extents in metres.") List<Double> size,
                         MaterialSpec material, String category) {
}
