package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;

@JsonClassDescription("Sky light from above and a ground colour from below.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmbientSpec(@JsonProperty("sky_color") ColorSampler skyColor,
                          @JsonProperty("ground_color") ColorSampler groundColor, NumberSampler intensity) {
}
