package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.spec.WallsSpec;
import java.util.List;

/** Four walls standing on the ground's edges; one material draw for all four. */
public record WallsRandomizer(WallsSpec spec, List<Double> groundSize, Category category, int firstId)
        implements Randomizer {
    public String identity() {
        return "walls";
    }

    public void apply(FrameDraft f) {
        var material = Sampling.material(spec.material(), f.rng(identity()), f.parameterValues());
        double sx = groundSize.get(0);
        double sz = groundSize.get(1);
        double h = spec.height();
        double t = spec.thickness();
        double[][] walls = {  // centre x, centre z, size x, size z
            {0, -sz / 2 - t / 2, sx + 2 * t, t}, {0, sz / 2 + t / 2, sx + 2 * t, t},
            {-sx / 2 - t / 2, 0, t, sz}, {sx / 2 + t / 2, 0, t, sz}};
        for (int i = 0; i < 4; i++) {
            ObjectDraft d = new ObjectDraft(firstId + i, category, category.name() + "_" + (firstId + i), -2, false,
                    new Shape.Box(walls[i][2], h, walls[i][3]), material);
            d.position.set(walls[i][0], h / 2, walls[i][1]);
            f.objects.add(d);
        }
    }
}
