package dev.facet.cli;

import dev.facet.engine.scenario.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.renderer.mirror.PrimitiveMeshes;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Test stand-in while the renderer cannot draw meshes yet: each mesh becomes the box of
 * its bounds (same pose and scale), so mesh scenarios still render and their datasets can
 * be checked. Used only when {@link #rendererDrawsMeshes()} is false; delete once it is true.
 */
record MeshesAsBoxes(Scenario inner) implements Scenario {
    static boolean rendererDrawsMeshes() {
        try {
            PrimitiveMeshes.geometry("probe", new Shape.Mesh("classpath:/dev/facet/scenarios/builtin/assets/crate.obj",
                    new Vector3d(-1, -1, -1), new Vector3d(1, 1, 1)));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;  // it tried to load the file: meshes are supported
        }
    }

    static Scenario ifNeeded(Scenario s) {
        return rendererDrawsMeshes() ? s : new MeshesAsBoxes(s);
    }

    public String name() {
        return inner.name();
    }

    public List<Category> categories() {
        return inner.categories();
    }

    public Map<String, Object> describe() {
        return inner.describe();
    }

    public Scene scene(long frame, long frameSeed, ImageSize size) {
        Scene s = inner.scene(frame, frameSeed, size);
        List<SceneObject> objects = s.objects().stream().map(o -> {
            if (!(o.shape() instanceof Shape.Mesh m)) {
                return o;
            }
            Vector3d centre = new Vector3d(m.min()).add(m.max()).mul(0.5);
            Matrix4d pose = new Matrix4d(o.worldFromObject()).translate(centre);
            Shape box = new Shape.Box(Math.max(1e-4, m.max().x() - m.min().x()), Math.max(1e-4, m.max().y() - m.min().y()),
                    Math.max(1e-4, m.max().z() - m.min().z()));
            return new SceneObject(o.instanceId(), o.category(), o.name(), pose, box, o.material());
        }).toList();
        return new Scene(s.frame(), s.seed(), s.timeS(), s.camera(), objects, s.lighting(), s.background(),
                s.backgroundImage(), s.params());
    }
}
