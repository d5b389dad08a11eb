package dev.facet.scenarios.check;

import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.library.AssetLibrary;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.sweep.SweepPlan;
import java.util.Map;

/**
 * A resolved scenario that passed every check: the spec, its sweep (expanded once), the
 * bounds of every parameter over the run, the meshes it names, loaded, by source, (when it
 * simulates) their triangles, by source: x, y, z of three vertices a triangle, and the libraries
 * of its asset_folder shapes by object index (their meshes load when a frame picks them).
 */
public record CheckedScenario(ScenarioSpec spec, SweepPlan sweep, Map<String, double[]> parameterBounds,
                              Map<String, Shape.Mesh> meshes, Map<String, float[]> triangles,
                              Map<Integer, AssetLibrary> libraries) {
}
