package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ObjectPose.Surface.class, name = "surface"),
    @JsonSubTypes.Type(value = ObjectPose.Fixed.class, name = "fixed")})
public sealed interface ObjectPose {
    @JsonClassDescription("Rests on the placement surface at a free spot, turned by yaw degrees about y.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Surface(NumberSampler yaw) implements ObjectPose {
    }

    @JsonClassDescription("At position (m), turned by rotation [yaw, pitch, roll] degrees (about y, x, z).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fixed(@JsonProperty(required = true) List<NumberSampler> position, List<NumberSampler> rotation) implements ObjectPose {
    }
}
