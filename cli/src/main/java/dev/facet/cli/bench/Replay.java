package dev.facet.cli.bench;

import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import java.util.List;
import java.util.Map;

/** A scenario whose frame k shows the scene of frame k mod n, so that n rendered buffers can stand for every frame. */
class Replay implements Scenario {
    private final Scenario scenario;
    private final List<Scene> scenes;

    Replay(Scenario scenario, List<Scene> scenes) {
        this.scenario = scenario;
        this.scenes = scenes;
    }

    @Override
    public String name() {
        return scenario.name();
    }

    @Override
    public List<Category> categories() {
        return scenario.categories();
    }

    @Override
    public Scene scene(long frame, long frameSeed, ImageSize size) {
        Scene s = scenes.get((int) (frame % scenes.size()));
        return new Scene(frame, s.seed(), s.timeS(), s.camera(), s.objects(), s.lighting(), s.background(),
                s.backgroundImage(), s.params(), s.rendering());
    }

    @Override
    public Map<String, Object> describe() {
        return scenario.describe();
    }
}
