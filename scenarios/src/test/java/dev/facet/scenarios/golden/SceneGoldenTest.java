package dev.facet.scenarios.golden;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.scenarios.file.FileMeshLibrary;
import dev.facet.scenarios.file.ScenarioLoader;
import dev.facet.testkit.CanonicalText;
import dev.facet.testkit.Golden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the scenes every built-in scenario gives (Java and file ones) across versions: the
 * exact objects, poses, materials, lights and camera of a few frames at two seeds.
 */
class SceneGoldenTest {
    private static final ImageSize SIZE = new ImageSize(160, 120);

    @Test
    void builtInScenesAreUnchanged() {
        Map<String, Scenario> scenarios = new LinkedHashMap<>(Scenarios.available());
        ScenarioLoader loader = new ScenarioLoader(new FileMeshLibrary());
        for (String name : List.of("bin", "room", "sun-sweep")) {  // fixed: new built-ins do not change the golden
            scenarios.put(name, loader.loadBuiltIn(name));
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (var e : scenarios.entrySet()) {
            hashes.put(e.getKey() + " describe", Golden.sha256(CanonicalText.of(e.getValue().describe())));
            hashes.put(e.getKey() + " categories", Golden.sha256(CanonicalText.of(e.getValue().categories())));
            for (long seed : new long[] {0, 42}) {
                for (long k = 0; k < 6; k++) {
                    var scene = e.getValue().scene(k, Streams.frameSeed(seed, k), SIZE);
                    hashes.put(e.getKey() + " seed " + seed + " frame " + k, Golden.sha256(CanonicalText.of(scene)));
                }
            }
        }
        Golden.check("scenes.txt", hashes);
    }
}
