package dev.facet.scenarios.script;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Shape;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/** A scripted example: cubes along a golden-angle spiral, a layout a scenario file cannot express. */
public final class Spiral extends ScriptedScenario {
    static final Category GROUND = new Category(1, "ground");
    static final Category CUBE = new Category(2, "cube");

    @Override
    public String name() {
        return "spiral";
    }

    @Override
    public List<Category> categories() {
        return List.of(GROUND, CUBE);
    }

    @Override
    protected void build(FrameRandom random, SceneBuilder scene) {
        scene.add(1, GROUND, "ground", new Shape.Plane(20, 20), new Matrix4d(), new Material(new Rgb(0.3, 0.3, 0.3), 0.9, 0));
        SplittableRandom layout = random.stream("layout");
        int n = layout.nextInt(8, 25);
        double turn = random.uniform(layout, 0, 2 * Math.PI);
        for (int i = 0; i < n; i++) {
            double r = 0.18 * Math.sqrt(i + 1) * 1.6;
            double a = turn + i * 2.39996;  // the golden angle
            double s = 0.12 + 0.01 * i;
            scene.add(2 + i, CUBE, "cube_" + (2 + i), new Shape.Box(s, s, s),
                    new Matrix4d().translation(r * Math.cos(a), s / 2, r * Math.sin(a)).rotateY(-a),
                    new Material(new Rgb(0.9, 0.2 + 0.7 * i / n, 0.1), 0.5, 0));
        }
        SplittableRandom cam = random.stream("camera");
        double az = random.uniform(cam, 0, 2 * Math.PI);
        scene.lookAt(new Vector3d(3.5 * Math.sin(az), 2.5, 3.5 * Math.cos(az)), new Vector3d(0, 0, 0), 50);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = super.describe();
        m.put("cubes", List.of(8, 24));
        return m;
    }
}
