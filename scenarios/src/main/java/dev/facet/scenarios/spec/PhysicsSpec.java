package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;

@JsonClassDescription("How an object meets others under physics placement (drawn once per object).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhysicsSpec(
        @JsonPropertyDescription("Coulomb friction, >= 0 (default 0.6).") NumberSampler friction,
        @JsonPropertyDescription("Restitution (bounciness) in 0..1 (default 0.1).") NumberSampler restitution,
        @JsonPropertyDescription("Density in kg/m^3, > 0 (default 500); mass = density x volume (a mesh's: its bounds box).")
        NumberSampler density) {
}
