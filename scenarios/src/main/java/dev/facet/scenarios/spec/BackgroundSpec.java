package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Text;

@JsonClassDescription("What pixels without an object show: a colour, or an image stretched over the frame.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackgroundSpec(ColorSpec color, Text image) {
}
