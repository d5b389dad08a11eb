package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;

@JsonClassDescription("A directional light with shadows. Elevation and azimuth in degrees; intensity 0 turns it off.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SunSpec(NumberSampler elevation, NumberSampler azimuth, NumberSampler intensity, ColorSampler color) {
}
