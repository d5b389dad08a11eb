package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
    @JsonSubTypes.Type(value = ShapeSpec.Mesh.class, name = "mesh"),
    @JsonSubTypes.Type(value = ShapeSpec.AssetFolder.class, name = "asset_folder")})
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

    /**
     * A random mesh file from a folder for every object in every frame. Resolved, every field
     * holds its value (path absolute, the defaults filled in).
     */
    @JsonClassDescription("A random mesh from a folder per object per frame; the folder may hold an assets.yaml"
            + " naming categories, scales and up axes.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"path", "pattern", "category", "fit", "up"})
    record AssetFolder(
            @JsonProperty(required = true) @JsonPropertyDescription("The folder, relative to the scenario file.") String path,
            @JsonPropertyDescription("A glob over paths relative to the folder; default **/*.{glb,gltf,obj}.") String pattern,
            @JsonPropertyDescription("folder (the file's parent folder name), file (the file name without extension), or a"
                    + " fixed category name; default folder. assets.yaml categories replace folder and file names.")
            String category,
            @JsonPropertyDescription("Scale each mesh so that its longest side is this many metres.") Double fit,
            @JsonPropertyDescription("The files' up axis: x, y, z, -x, -y or -z; default y (glTF's).") String up)
            implements ShapeSpec {
        public static final String DEFAULT_PATTERN = "**/*.{glb,gltf,obj}";
        public static final String FOLDER = "folder";
        public static final String FILE = "file";
    }
}
