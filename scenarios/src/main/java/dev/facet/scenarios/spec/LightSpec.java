package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;
import java.util.List;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LightSpec.Point.class, name = "point"),
    @JsonSubTypes.Type(value = LightSpec.Spot.class, name = "spot")})
public sealed interface LightSpec {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Point(@JsonProperty(required = true) List<Num> position, ColorSpec color, Num intensity)
            implements LightSpec {
    }

    @JsonClassDescription("A cone from position towards target; angles are half-angles in degrees, inner <= outer < 90.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Spot(@JsonProperty(required = true) List<Num> position, List<Num> target, ColorSpec color,
                Num intensity, @JsonProperty("inner_angle") Num innerAngle,
                @JsonProperty("outer_angle") Num outerAngle) implements LightSpec {
    }
}
