package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LightSpec.Point.class, name = "point"),
    @JsonSubTypes.Type(value = LightSpec.Spot.class, name = "spot")})
public sealed interface LightSpec {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Point(@JsonProperty(required = true) List<NumberSampler> position, ColorSampler color, NumberSampler intensity)
            implements LightSpec {
    }

    @JsonClassDescription("A cone from position towards target; angles are half-angles in degrees, inner <= outer < 90.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Spot(@JsonProperty(required = true) List<NumberSampler> position, List<NumberSampler> target, ColorSampler color,
                NumberSampler intensity, @JsonProperty("inner_angle") NumberSampler innerAngle,
                @JsonProperty("outer_angle") NumberSampler outerAngle) implements LightSpec {
    }
}
