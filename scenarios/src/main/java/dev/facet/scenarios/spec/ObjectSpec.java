package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.facet.scenarios.sample.NumberSampler;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectSpec(
        @JsonPropertyDescription("Object names are name_<instance id>; default: the category.") String name,
        @JsonPropertyDescription("The category of every copy; required except with an asset_folder shape, whose"
                + " shape.category names them.") String category,
        @JsonProperty(required = true) ShapeSpec shape,
        MaterialSpec material,
        @JsonPropertyDescription("How many of this object per frame (constant, int_range, choice or $param).") NumberSampler count,
        ObjectPose pose,
        @JsonPropertyDescription("Uniform scale factor.") NumberSampler scale,
        MotionSpec motion,
        PhysicsSpec physics) {
}
