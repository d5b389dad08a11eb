package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.TextSampler;

@JsonClassDescription("What pixels without an object show: a colour, or an image stretched over the frame.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackgroundSpec(ColorSampler color, TextSampler image) {
}
