package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;

@JsonClassDescription("A directional light with shadows. Elevation and azimuth in degrees; intensity 0 turns it off.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SunSpec(Num elevation, Num azimuth, Num intensity, ColorSpec color) {
}
