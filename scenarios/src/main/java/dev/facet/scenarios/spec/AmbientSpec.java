package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;

@JsonClassDescription("Sky light from above and a ground colour from below.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AmbientSpec(@JsonProperty("sky_color") ColorSpec skyColor,
                          @JsonProperty("ground_color") ColorSpec groundColor, Num intensity) {
}
