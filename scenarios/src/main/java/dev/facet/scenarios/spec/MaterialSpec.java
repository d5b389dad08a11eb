package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;

@JsonClassDescription("Surface appearance: linear colour, roughness and metalness in [0, 1], an optional image texture.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaterialSpec(ColorSampler color, NumberSampler roughness, NumberSampler metalness, TextSampler texture,
                           @JsonProperty("texture_scale") NumberSampler textureScale) {
}
