package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.Num;
import dev.facet.scenarios.sample.Text;

@JsonClassDescription("An equirectangular environment map (.hdr, .png, .jpg) that lights the scene.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentSpec(@JsonProperty(required = true) Text image, Num intensity,
                              @JsonPropertyDescription("Rotation about world y in degrees.") Num rotation,
                              @JsonPropertyDescription("Show the map where no object is.") Boolean background) {
}
