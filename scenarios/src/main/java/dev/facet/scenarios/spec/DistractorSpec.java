package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.Num;
import dev.facet.scenarios.sample.Text;

@JsonClassDescription("Random primitives or meshes resting on the placement surface among the objects.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistractorSpec(Num count,
                             @JsonPropertyDescription("box, sphere, cylinder or a mesh file; a choice picks per distractor.")
                             Text kinds,
                             @JsonPropertyDescription("Largest extent in metres.") Num size,
                             MaterialSpec material, String category) {
}
