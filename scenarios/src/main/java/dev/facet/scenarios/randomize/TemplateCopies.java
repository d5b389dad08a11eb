package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.ObjectSpec;
import java.util.SplittableRandom;

/**
 * The copies of one object template a frame holds: their count is drawn from the stream
 * (seed, k, {@code identity.count}) and capped at the template's most, then copy j is made from
 * the j-th turn of the stream (seed, k, {@code identity.shape}).
 */
final class TemplateCopies {
    /** Makes copy {@code j} of the template, drawing its shape from {@code shapes}. */
    interface Copy {
        ObjectDraft make(int j, SplittableRandom shapes);
    }

    private TemplateCopies() {
    }

    /** Adds the copies of template {@code identity} ({@code spec}, at most {@code maxCount}) to {@code f}. */
    static void add(FrameDraft f, String identity, ObjectSpec spec, int maxCount, Copy copy) {
        int count = (int) Math.max(0, Math.min(maxCount, Math.round(spec.count().sample(
                f.rng(identity + ".count"), f.parameterValues()))));
        SplittableRandom rng = f.rng(identity + ".shape");
        for (int j = 0; j < count; j++) {
            f.objects.add(copy.make(j, rng));
        }
    }
}
