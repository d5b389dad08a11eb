package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;

@JsonClassDescription("An equirectangular environment map (.hdr, .png, .jpg) that lights the scene.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvironmentSpec(@JsonProperty(required = true) TextSampler image, NumberSampler intensity,
                              @JsonPropertyDescription("Rotation about world y in degrees.") NumberSampler rotation,
                              @JsonPropertyDescription("Show the map where no object is.") Boolean background) {
}
