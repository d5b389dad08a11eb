package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.spi.Modality;
import dev.facet.scenarios.sample.TextSampler;
import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.PoseSpec;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import dev.facet.scenarios.spec.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {
    static ScenarioSpec resolve(String yaml, String base) {
        ScenarioText text = new ScenarioText("t.yaml", yaml, true);
        ParsedText parsed = ScenarioParser.parse(text);
        return new Resolver(base).resolve(ScenarioParser.bind(parsed.tree(), text, parsed.errorsWithin(
                dev.facet.scenarios.spec.FieldPath.ROOT)), "fallback");
    }

    @Test
    void fillsEveryDefault() {
        ScenarioSpec s = resolve("facet: 1\nobjects: [{category: cup, shape: {kind: sphere, radius: 0.1}}]\n", "/base");
        assertEquals("fallback", s.name());
        assertEquals(0L, s.seed());
        assertNull(s.frames(), "frames stay unset: the command line or a sweep decides");
        assertEquals(List.of(640, 480), s.camera().resolution());
        assertTrue(s.camera().pose() instanceof PoseSpec.Sampled);
        assertEquals(Modality.STANDARD_NAMES, s.outputs());
        assertTrue(s.ground().enabled());
        assertEquals(false, s.walls().enabled());
        assertEquals("cup", s.objects().get(0).name(), "an object's name defaults to its category");
        assertTrue(s.objects().get(0).pose() instanceof ObjectPose.Surface);
        assertNull(s.distractors());
        assertNull(s.sweep());
    }

    @Test
    void resolvesPathsAgainstTheFolderOrTheClassPath() {
        String yaml = "facet: 1\nobjects: [{category: cup, shape: {kind: mesh, file: meshes/cup.obj}}]\n";
        ScenarioSpec onDisk = resolve(yaml, "/data/scenes");
        assertEquals(Path.of("/data/scenes/meshes/cup.obj").toString(),
                ((TextSampler.Fixed) ((ShapeSpec.Mesh) onDisk.objects().get(0).shape()).file()).value());
        ScenarioSpec inJar = resolve(yaml, "classpath:/dev/facet/x/");
        assertEquals("classpath:/dev/facet/x/meshes/cup.obj",
                ((TextSampler.Fixed) ((ShapeSpec.Mesh) inJar.objects().get(0).shape()).file()).value());
    }

    @Test
    void sweepsGetFramesPerPointAndOrder() {
        ScenarioSpec s = resolve("facet: 1\nparams: {a: 1, b: 2}\nobjects: [{category: x, shape: {kind: sphere, radius: 0.1}}]\n"
                + "sweep: {kind: grid, params: {b: [1, 2], a: [3]}}\n", "/base");
        SweepSpec.Grid g = (SweepSpec.Grid) s.sweep();
        assertEquals(1, g.framesPerPoint());
        assertEquals(List.of("b", "a"), g.order(), "the order as written");
    }
}
