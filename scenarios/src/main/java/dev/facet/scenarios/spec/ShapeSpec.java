package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.sample.TextSampler;
import java.util.List;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ShapeSpec.Box.class, name = "box"),
    @JsonSubTypes.Type(value = ShapeSpec.Sphere.class, name = "sphere"),
    @JsonSubTypes.Type(value = ShapeSpec.Cylinder.class, name = "cylinder"),
    @JsonSubTypes.Type(value = ShapeSpec.Mesh.class, name = "mesh")})
public sealed interface ShapeSpec {
    @JsonClassDescription("Full extents [x, y, z] in metres.")
    record Box(@JsonProperty(required = true) List<NumberSampler> size) implements ShapeSpec {
    }

    record Sphere(@JsonProperty(required = true) NumberSampler radius) implements ShapeSpec {
    }

    @JsonClassDescription("A cylinder along y.")
    record Cylinder(@JsonProperty(required = true) NumberSampler radius, @JsonProperty(required = true) NumberSampler height)
            implements ShapeSpec {
    }

    @JsonClassDescription("A mesh file: glTF 2.0 (.gltf, .glb) or OBJ, relative to the scenario file.")
    record Mesh(@JsonProperty(required = true) TextSampler file) implements ShapeSpec {
    }
}
