package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

@JsonClassDescription("The surface that objects with pose kind 'surface' rest on, without overlapping. With kind "
        + "'physics' they are dropped from above their spots and simulated until they rest (then frozen).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementSpec(@JsonPropertyDescription("[x, z] extents of the region, centred on center.") List<Double> size,
                            @JsonPropertyDescription("[x, z] centre of the region.") List<Double> center,
                            @JsonPropertyDescription("Height of the surface (m).") Double height,
                            @JsonPropertyDescription("Least distance between footprints (m).") Double gap,
                            @JsonPropertyDescription("'surface' (default): set down at free spots; 'physics': dropped "
                                    + "and simulated until at rest.") String kind,
                            @JsonPropertyDescription("Physics: height (m) above the surface of the lowest drop; each "
                                    + "further object starts higher by its own size (default 0.1).")
                            @com.fasterxml.jackson.annotation.JsonProperty("drop_height") Double dropHeight,
                            @JsonPropertyDescription("Physics: most simulated seconds to wait for rest (default 5).")
                            @com.fasterxml.jackson.annotation.JsonProperty("max_time") Double maxTime) {
    /** True when objects are dropped and simulated rather than set down. */
    public boolean physics() {
        return "physics".equals(kind);
    }
}
