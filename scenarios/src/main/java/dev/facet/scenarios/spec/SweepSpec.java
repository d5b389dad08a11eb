package dev.facet.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;
import java.util.Map;

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
                  @JsonProperty(required = true) Map<String, NumberSampler> params) implements SweepSpec {
    }
}
