package dev.facet.scenarios.script;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Scene;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario written in Java, for what a file cannot say (procedural layouts): each frame
 * {@link #build} receives the frame's seeded random source and a scene builder. Register
 * the class in {@code META-INF/services/dev.facet.engine.scenario.Scenario} and
 * {@code facet run <name>} finds it on the classpath.
 */
public abstract class ScriptedScenario implements Scenario {

    /** Builds frame {@code scene.frame()}; draw only from {@code random}. */
    protected abstract void build(FrameRandom random, SceneBuilder scene);

    @Override
    public final Scene scene(long frame, long frameSeed, ImageSize size) {
        SceneBuilder b = new SceneBuilder(frame, frameSeed, size);
        build(new FrameRandom(frameSeed), b);
        return b.build();
    }

    /** By default the name and class; override to list the settings. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("class", getClass().getName());
        return m;
    }
}
