package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.ObjectSpec;

/**
 * How many copies of object template {@code objects[i]} with an asset_folder shape a frame
 * holds, and which asset each shows: copy j of frame k takes the j-th draw of the stream
 * (seed, k, {@code objects[i].shape}), so the pick is fixed by (seed, frame, object) whatever the
 * count. Copy j has instance id {@code firstId + j}; its name is its asset's category + "_" + id
 * unless the template names it.
 */
public record AssetSpawnRandomizer(int index, ObjectSpec spec, AssetPicker picker, int firstId, int maxCount)
        implements Randomizer {
    public String identity() {
        return "objects[" + index + "]";
    }

    public void apply(FrameDraft f) {
        TemplateCopies.add(f, identity(), spec, maxCount, (j, rng) -> {
            AssetPicker.Pick p = picker.pick(rng);
            int id = firstId + j;
            String name = (spec.name() != null ? spec.name() : p.category().name()) + "_" + id;
            ObjectDraft d = new ObjectDraft(id, p.category(), name, index, spec.pose() instanceof ObjectPose.Surface,
                    p.mesh(), null);  // the material comes from MaterialRandomizer
            d.assetScale = p.scale();
            d.assetTurn = p.turn();
            return d;
        });
    }
}
