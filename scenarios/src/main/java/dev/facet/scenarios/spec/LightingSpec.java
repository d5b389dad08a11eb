package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LightingSpec(SunSpec sun, AmbientSpec ambient, List<LightSpec> lights, EnvironmentSpec environment) {
}
