package dev.facet.benchmarks;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.RenderedFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * A frame shaped like a rendered tabletop: a ground id filling the image, 20 discs of
 * other ids, shaded colour with gentle gradients, and depth rising towards the horizon.
 * Deterministic, so kernel timings compare across runs.
 */
final class SyntheticFrame {
    static final int OBJECTS = 20;

    final Scene scene;
    final RenderedFrame pixels;

    SyntheticFrame(int width, int height) {
        SplittableRandom r = new SplittableRandom(42);
        List<SceneObject> objects = new ArrayList<>();
        Material m = new Material(new Rgb(0.5, 0.5, 0.5), 0.5, 0);
        objects.add(new SceneObject(1, new Category(1, "ground"), "ground", new Matrix4d(), new Shape.Plane(40, 40), m));
        int[] cx = new int[OBJECTS + 2];
        int[] cy = new int[OBJECTS + 2];
        int[] rad = new int[OBJECTS + 2];
        for (int id = 2; id < OBJECTS + 2; id++) {
            objects.add(new SceneObject(id, new Category(2 + id % 3, "kind" + id % 3), "object_" + id, new Matrix4d(),
                    new Shape.Sphere(0.2), m));
            cx[id] = width / 4 + r.nextInt(width / 2);
            cy[id] = height / 4 + r.nextInt(height / 2);
            rad[id] = 8 + r.nextInt(Math.max(1, width / 16));
        }
        Lighting l = new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 3, new Rgb(0.4, 0.6, 1), new Rgb(0.2, 0.15, 0.1), 0.4);
        scene = new Scene(0, 42, 0, Camera.lookAt(width, height, 50, new Vector3d(0, 3, 5), new Vector3d(), 0.05, 200),
                objects, l, new Rgb(0.3, 0.5, 0.8));
        pixels = RenderedFrame.allocate(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                int id = 1;
                for (int o = 2; o < OBJECTS + 2; o++) {
                    int dx = x - cx[o];
                    int dy = y - cy[o];
                    if (dx * dx + dy * dy < rad[o] * rad[o]) {
                        id = o;
                    }
                }
                pixels.instance()[i] = id;
                pixels.depth()[i] = 2f + 8f * (height - y) / height - (id > 1 ? 0.5f : 0f);
                pixels.rgb()[3 * i] = (byte) (90 + id * 7 + x / 64);
                pixels.rgb()[3 * i + 1] = (byte) (110 + id * 3 + y / 48);
                pixels.rgb()[3 * i + 2] = (byte) (70 + id * 11);
            }
        }
    }
}
