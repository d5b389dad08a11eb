package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;
import dev.facet.scenarios.sample.Text;

@JsonClassDescription("Surface appearance: linear colour, roughness and metalness in [0, 1], an optional image texture.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaterialSpec(ColorSpec color, Num roughness, Num metalness, Text texture,
                           @JsonProperty("texture_scale") Num textureScale) {
}
