package dev.facet.scenarios.tabletop;

import static dev.facet.scenarios.tabletop.Primitives.BOX_EXTENT_M;
import static dev.facet.scenarios.tabletop.Primitives.CYLINDER_HEIGHT_M;
import static dev.facet.scenarios.tabletop.Primitives.CYLINDER_RADIUS_M;
import static dev.facet.scenarios.tabletop.Primitives.METAL_PROBABILITY;
import static dev.facet.scenarios.tabletop.Primitives.SATURATION;
import static dev.facet.scenarios.tabletop.Primitives.SPHERE_RADIUS_M;
import static dev.facet.scenarios.tabletop.Primitives.VALUE;
import static dev.facet.scenarios.tabletop.Tabletop.AMBIENT_GROUND_COLOR;
import static dev.facet.scenarios.tabletop.Tabletop.AMBIENT_INTENSITY;
import static dev.facet.scenarios.tabletop.Tabletop.BACKGROUND;
import static dev.facet.scenarios.tabletop.Tabletop.CAMERA_AZIMUTH_DEG;
import static dev.facet.scenarios.tabletop.Tabletop.CAMERA_ELEVATION_DEG;
import static dev.facet.scenarios.tabletop.Tabletop.CLUSTER_RADIUS_M;
import static dev.facet.scenarios.tabletop.Tabletop.DISTANCE_FIT;
import static dev.facet.scenarios.tabletop.Tabletop.FOV_DEG;
import static dev.facet.scenarios.tabletop.Tabletop.SKY_COLOR;
import static dev.facet.scenarios.tabletop.Tabletop.SUN_AZIMUTH_DEG;
import static dev.facet.scenarios.tabletop.Tabletop.SUN_COLOR;
import static dev.facet.scenarios.tabletop.Tabletop.SUN_ELEVATION_DEG;
import static dev.facet.scenarios.tabletop.Tabletop.SUN_INTENSITY;
import static dev.facet.scenarios.tabletop.Tabletop.TARGET_HEIGHT_M;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.SceneDefaults;
import dev.facet.scenarios.sample.NumberSampler.Uniform;
import java.util.Arrays;
import java.util.List;

/**
 * What dataset.json records of a tabletop: every setting its frames are drawn with, as
 * records whose components (in snake case) are the keys; a range is written [min, max],
 * a colour [r, g, b].
 */
@JsonNaming(SnakeCaseStrategy.class)
record TabletopDescription(String name, ObjectRule objects, LayoutRule layout, CameraRule camera, SunRule sun,
                           AmbientRule ambient, List<Double> background, double groundSizeM,
                           List<String> groundTones, List<Double> groundRoughness, double frameRate) {

    @JsonNaming(SnakeCaseStrategy.class)
    record ObjectRule(int min, int max, List<String> kinds, List<Double> boxExtentM, List<Double> sphereRadiusM,
                      List<Double> cylinderRadiusM, List<Double> cylinderHeightM, List<Double> roughness,
                      double metalProbability, List<Double> colorSaturation, List<Double> colorValue) {
    }

    @JsonNaming(SnakeCaseStrategy.class)
    record LayoutRule(List<Double> clusterRadiusM, String clusterRadiusRule, double gapM, int triesPerRegion,
                      double growth) {
    }

    @JsonNaming(SnakeCaseStrategy.class)
    record CameraRule(List<Double> fovDeg, List<Double> distanceFit, List<Double> elevationDeg,
                      List<Double> azimuthDeg, List<Double> targetHeightM, double near, double far) {
    }

    @JsonNaming(SnakeCaseStrategy.class)
    record SunRule(List<Double> elevationDeg, List<Double> azimuthDeg, List<Double> intensity, List<Double> color) {
    }

    @JsonNaming(SnakeCaseStrategy.class)
    record AmbientRule(List<Double> skyColor, List<Double> groundColor, List<Double> intensity) {
    }

    /** The settings of a tabletop with {@code minObjects} to {@code maxObjects} primitives a frame. */
    static TabletopDescription of(int minObjects, int maxObjects) {
        List<String> kinds = Arrays.stream(Kind.values()).map(Kind::label).toList();
        return new TabletopDescription(Tabletop.NAME,
                new ObjectRule(minObjects, maxObjects, kinds, span(BOX_EXTENT_M), span(SPHERE_RADIUS_M),
                        span(CYLINDER_RADIUS_M), span(CYLINDER_HEIGHT_M), span(Primitives.ROUGHNESS),
                        METAL_PROBABILITY, span(SATURATION), span(VALUE)),
                new LayoutRule(span(CLUSTER_RADIUS_M),
                        "linear in object count from min to max; grows when objects do not fit", Tabletop.GAP_M,
                        Layout.TRIES_PER_REGION, Layout.GROWTH),
                new CameraRule(span(FOV_DEG), span(DISTANCE_FIT), span(CAMERA_ELEVATION_DEG), span(CAMERA_AZIMUTH_DEG),
                        span(TARGET_HEIGHT_M), Tabletop.NEAR, Tabletop.FAR),
                new SunRule(span(SUN_ELEVATION_DEG), span(SUN_AZIMUTH_DEG), span(SUN_INTENSITY), rgb(SUN_COLOR)),
                new AmbientRule(rgb(SKY_COLOR), rgb(AMBIENT_GROUND_COLOR), span(AMBIENT_INTENSITY)),
                rgb(BACKGROUND), Tabletop.GROUND_SIZE_M, GroundColors.TONES, span(Tabletop.GROUND_ROUGHNESS),
                SceneDefaults.FPS);
    }

    private static List<Double> span(Uniform range) {
        return List.of(range.min(), range.max());
    }

    private static List<Double> rgb(Rgb c) {
        return List.of(c.r(), c.g(), c.b());
    }
}
