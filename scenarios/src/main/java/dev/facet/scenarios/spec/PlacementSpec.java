package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonClassDescription("The surface that objects with pose kind 'surface' rest on, without overlapping.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementSpec(@JsonPropertyDescription("[x, z] extents of the region, centred on center.") List<Double> size,
                            @JsonPropertyDescription("[x, z] centre of the region.") List<Double> center,
                            @JsonPropertyDescription("Height of the surface (m).") Double height,
                            @JsonPropertyDescription("Least distance between footprints (m).") Double gap) {
}
