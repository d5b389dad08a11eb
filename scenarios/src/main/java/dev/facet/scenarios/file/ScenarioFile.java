package dev.facet.scenarios.file;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.ColorSpec;
import dev.facet.scenarios.sample.Num;
import dev.facet.scenarios.sample.Text;
import java.util.List;
import java.util.Map;

/**
 * The scenario file format, version 1: one model for YAML and JSON. Every field but
 * {@code facet} is optional in a file; {@link Resolver} fills the defaults, and the
 * resolved model is what dataset.json records. Polymorphic parts (camera poses, shapes,
 * object poses, lights, sweeps) are a closed list named by {@code kind}.
 */
@JsonClassDescription("A Facet scenario file (format version 1).")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"facet", "name", "description", "seed", "frames", "params", "camera", "lighting", "background",
        "ground", "walls", "placement", "objects", "distractors", "sweep", "outputs", "export"})
public record ScenarioFile(
        @JsonProperty(required = true) @JsonPropertyDescription("Format version; must be 1.") Integer facet,
        @JsonPropertyDescription("Scenario name; default: the file name without extension.") String name,
        String description,
        @JsonPropertyDescription("Run seed when --seed is not given.") Long seed,
        @JsonPropertyDescription("Frame count when --frames is not given (a sweep's own count otherwise).") Integer frames,
        @JsonPropertyDescription("Named numeric parameters with their default values; use them as \"$name\" "
                + "wherever a number goes, and vary them in a sweep.") Map<String, Double> params,
        CameraSpec camera,
        LightingSpec lighting,
        BackgroundSpec background,
        GroundSpec ground,
        WallsSpec walls,
        PlacementSpec placement,
        List<ObjectSpec> objects,
        DistractorSpec distractors,
        SweepSpec sweep,
        @JsonPropertyDescription("Modalities to write: rgb, instance, semantic, depth (default: all).") List<String> outputs,
        @JsonPropertyDescription("Further exporters by name with their options, e.g. {coco: {}, yolo: {}}.")
        Map<String, Map<String, Object>> export) {

    public static final int VERSION = 1;

    // ---- camera ---------------------------------------------------------------------------

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CameraSpec(
            @JsonPropertyDescription("[width, height] in pixels when --width/--height are not given.") List<Integer> resolution,
            @JsonPropertyDescription("Vertical field of view in degrees, in (0, 180). Ignored when intrinsics are given.") Num fov,
            Intrinsics intrinsics,
            Double near,
            Double far,
            PoseSpec pose) {
    }

    @JsonClassDescription("Pinhole intrinsics in pixels for the camera's resolution; scaled when the run's image size differs.")
    public record Intrinsics(@JsonProperty(required = true) Double fx, @JsonProperty(required = true) Double fy,
                             @JsonProperty(required = true) Double cx, @JsonProperty(required = true) Double cy) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PoseSpec.LookAt.class, name = "look_at"),
        @JsonSubTypes.Type(value = PoseSpec.Fixed.class, name = "fixed"),
        @JsonSubTypes.Type(value = PoseSpec.Orbit.class, name = "orbit"),
        @JsonSubTypes.Type(value = PoseSpec.Sampled.class, name = "sampled")})
    public sealed interface PoseSpec {
        @JsonClassDescription("The camera at eye, looking at target, world y up.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record LookAt(@JsonProperty(required = true) List<Num> eye, List<Num> target) implements PoseSpec {
        }

        @JsonClassDescription("A fixed world_to_camera matrix (4x4, row-major, OpenCV camera frame).")
        record Fixed(@JsonProperty(value = "world_to_camera", required = true) List<List<Double>> worldToCamera)
                implements PoseSpec {
        }

        @JsonClassDescription("Circles the target: azimuth = azimuth_start + frame * degrees_per_frame.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Orbit(List<Num> target, Num distance, Num elevation,
                     @JsonProperty("azimuth_start") Num azimuthStart,
                     @JsonProperty("degrees_per_frame") Double degreesPerFrame) implements PoseSpec {
        }

        @JsonClassDescription("A camera on a sphere around the target: distance (m), elevation and azimuth (degrees).")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Sampled(List<Num> target, Num distance, Num elevation, Num azimuth) implements PoseSpec {
        }
    }

    // ---- lights ---------------------------------------------------------------------------

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LightingSpec(SunSpec sun, AmbientSpec ambient, List<LightSpec> lights, EnvironmentSpec environment) {
    }

    @JsonClassDescription("A directional light with shadows. Elevation and azimuth in degrees; intensity 0 turns it off.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SunSpec(Num elevation, Num azimuth, Num intensity, ColorSpec color) {
    }

    @JsonClassDescription("Sky light from above and a ground colour from below.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AmbientSpec(@JsonProperty("sky_color") ColorSpec skyColor,
                              @JsonProperty("ground_color") ColorSpec groundColor, Num intensity) {
    }

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

    @JsonClassDescription("An equirectangular environment map (.hdr, .png, .jpg) that lights the scene.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnvironmentSpec(@JsonProperty(required = true) Text image, Num intensity,
                                  @JsonPropertyDescription("Rotation about world y in degrees.") Num rotation,
                                  @JsonPropertyDescription("Show the map where no object is.") Boolean background) {
    }

    @JsonClassDescription("What pixels without an object show: a colour, or an image stretched over the frame.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BackgroundSpec(ColorSpec color, Text image) {
    }

    // ---- surfaces -------------------------------------------------------------------------

    @JsonClassDescription("A ground plane at y = 0.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroundSpec(Boolean enabled, @JsonPropertyDescription("[x, z] extents in metres.") List<Double> size,
                             MaterialSpec material, String category) {
    }

    @JsonClassDescription("Four walls standing on the ground's edges (a room).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WallsSpec(Boolean enabled, Double height, Double thickness, MaterialSpec material, String category) {
    }

    @JsonClassDescription("The surface that objects with pose kind 'surface' rest on, without overlapping.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlacementSpec(@JsonPropertyDescription("[x, z] extents of the region, centred on center.") List<Double> size,
                                @JsonPropertyDescription("[x, z] centre of the region.") List<Double> center,
                                @JsonPropertyDescription("Height of the surface (m).") Double height,
                                @JsonPropertyDescription("Least distance between footprints (m).") Double gap) {
    }

    // ---- objects --------------------------------------------------------------------------

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObjectSpec(
            @JsonPropertyDescription("Object names are name_<instance id>; default: the category.") String name,
            @JsonProperty(required = true) String category,
            @JsonProperty(required = true) ShapeSpec shape,
            MaterialSpec material,
            @JsonPropertyDescription("How many of this object per frame (constant, int_range, choice or $param).") Num count,
            ObjectPose pose,
            @JsonPropertyDescription("Uniform scale factor.") Num scale) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ShapeSpec.Box.class, name = "box"),
        @JsonSubTypes.Type(value = ShapeSpec.Sphere.class, name = "sphere"),
        @JsonSubTypes.Type(value = ShapeSpec.Cylinder.class, name = "cylinder"),
        @JsonSubTypes.Type(value = ShapeSpec.Mesh.class, name = "mesh")})
    public sealed interface ShapeSpec {
        @JsonClassDescription("Full extents [x, y, z] in metres.")
        record Box(@JsonProperty(required = true) List<Num> size) implements ShapeSpec {
        }

        record Sphere(@JsonProperty(required = true) Num radius) implements ShapeSpec {
        }

        @JsonClassDescription("A cylinder along y.")
        record Cylinder(@JsonProperty(required = true) Num radius, @JsonProperty(required = true) Num height)
                implements ShapeSpec {
        }

        @JsonClassDescription("A mesh file: glTF 2.0 (.gltf, .glb) or OBJ, relative to the scenario file.")
        record Mesh(@JsonProperty(required = true) Text file) implements ShapeSpec {
        }
    }

    @JsonClassDescription("Surface appearance: linear colour, roughness and metalness in [0, 1], an optional image texture.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MaterialSpec(ColorSpec color, Num roughness, Num metalness, Text texture,
                               @JsonProperty("texture_scale") Num textureScale) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ObjectPose.Surface.class, name = "surface"),
        @JsonSubTypes.Type(value = ObjectPose.Fixed.class, name = "fixed")})
    public sealed interface ObjectPose {
        @JsonClassDescription("Rests on the placement surface at a free spot, turned by yaw degrees about y.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Surface(Num yaw) implements ObjectPose {
        }

        @JsonClassDescription("At position (m), turned by rotation [yaw, pitch, roll] degrees (about y, x, z).")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Fixed(@JsonProperty(required = true) List<Num> position, List<Num> rotation) implements ObjectPose {
        }
    }

    @JsonClassDescription("Random primitives or meshes resting on the placement surface among the objects.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DistractorSpec(Num count,
                                 @JsonPropertyDescription("box, sphere, cylinder or a mesh file; a choice picks per distractor.")
                                 Text kinds,
                                 @JsonPropertyDescription("Largest extent in metres.") Num size,
                                 MaterialSpec material, String category) {
    }

    // ---- sweeps ---------------------------------------------------------------------------

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SweepSpec.Grid.class, name = "grid"),
        @JsonSubTypes.Type(value = SweepSpec.Zip.class, name = "zip"),
        @JsonSubTypes.Type(value = SweepSpec.Random.class, name = "random")})
    public sealed interface SweepSpec {
        Integer framesPerPoint();

        /** Parameter names in expansion order (default: as written); kept because dataset.json sorts keys. */
        List<String> order();

        @JsonClassDescription("Every combination of the listed values (the first parameter in order varies slowest).")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Grid(@JsonProperty("frames_per_point") Integer framesPerPoint,
                    @JsonPropertyDescription("Parameter names in expansion order, the first varying slowest (default: as written).")
                    List<String> order,
                    @JsonProperty(required = true) Map<String, List<Double>> params) implements SweepSpec {
        }

        @JsonClassDescription("The i-th values of every list together; all lists have the same length.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Zip(@JsonProperty("frames_per_point") Integer framesPerPoint,
                    @JsonPropertyDescription("Parameter names in expansion order, the first varying slowest (default: as written).")
                    List<String> order,
                    @JsonProperty(required = true) Map<String, List<Double>> params) implements SweepSpec {
        }

        @JsonClassDescription("n points, each parameter drawn from its sampler with the sweep's own seed.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Random(@JsonProperty("frames_per_point") Integer framesPerPoint,
                      @JsonProperty(required = true) Integer n, Long seed,
                    @JsonPropertyDescription("Parameter names in expansion order, the first varying slowest (default: as written).")
                    List<String> order,
                                          @JsonProperty(required = true) Map<String, Num> params) implements SweepSpec {
        }
    }
}
