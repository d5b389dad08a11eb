package dev.facet.engine.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.RenderedFrame;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

public class AnnotatorTest {
    public static final Category BOX = new Category(2, "box");
    public static final Category BALL = new Category(7, "ball");

    public static Scene scene(int w, int h) {
        Material m = new Material(new Rgb(0.5, 0.5, 0.5), 0.5, 0);
        Lighting l = new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 1, new Rgb(1, 1, 1), new Rgb(0, 0, 0), 0.2);
        return new Scene(0, 1, 0, Camera.lookAt(w, h, 60, new Vector3d(0, 1, 5), new Vector3d(), 0.1, 10),
                List.of(new SceneObject(3, BOX, "box_3", new Matrix4d(), new Shape.Box(1, 1, 1), m),
                        new SceneObject(5, BALL, "ball_5", new Matrix4d(), new Shape.Sphere(1), m),
                        new SceneObject(9, BOX, "box_9", new Matrix4d(), new Shape.Box(1, 1, 1), m)),
                l, new Rgb(0, 0, 0));
    }

    @Test
    void measuresBoxesCountsAndSemantics() {
        int w = 5;
        int h = 4;
        int[] instance = {
            0, 3, 3, 0, 0,
            0, 3, 5, 5, 0,
            0, 0, 5, 5, 5,
            0, 0, 0, 0, 5,
        };
        Frame f = Annotator.annotate(scene(w, h), new RenderedFrame(w, h, new byte[3 * w * h], instance, new float[w * h]));
        assertEquals(3, f.annotations().get(0).pixelCount());
        assertArrayEquals(new int[] {1, 0, 2, 2}, f.annotations().get(0).bbox());
        assertEquals(6, f.annotations().get(1).pixelCount());
        assertArrayEquals(new int[] {2, 1, 3, 3}, f.annotations().get(1).bbox());
        assertEquals(0, f.annotations().get(2).pixelCount());
        assertNull(f.annotations().get(2).bbox(), "invisible objects have no box");
        for (int i = 0; i < instance.length; i++) {
            int expected = instance[i] == 0 ? 0 : instance[i] == 5 ? 7 : 2;
            assertEquals(expected, f.semantic()[i], "pixel " + i);
        }
    }

    @Test
    void singlePixelHasAUnitBox() {
        int[] instance = new int[12];
        instance[7] = 9;  // (u=3, v=1) in a 4x3 image
        Frame f = Annotator.annotate(scene(4, 3), new RenderedFrame(4, 3, new byte[36], instance, new float[12]));
        assertArrayEquals(new int[] {3, 1, 1, 1}, f.annotations().get(2).bbox());
    }

    @Test
    void unknownIdsAreAnError() {
        int[] instance = new int[12];
        instance[0] = 4;
        assertThrows(IllegalStateException.class,
                () -> Annotator.annotate(scene(4, 3), new RenderedFrame(4, 3, new byte[36], instance, new float[12])));
    }
}
