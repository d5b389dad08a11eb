package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;

@JsonClassDescription("Random primitives or meshes resting on the placement surface among the objects.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistractorSpec(NumberSampler count,
                             @JsonPropertyDescription("box, sphere, cylinder or a mesh file; a choice picks per distractor.")
                             TextSampler kinds,
                             @JsonPropertyDescription("Largest extent in metres.") NumberSampler size,
                             MaterialSpec material, String category) {
}
