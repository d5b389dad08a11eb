package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.testkit.Png;
import java.nio.file.Path;

/**
 * One gt entry's two masks as the BOP toolkit's calc_gt_masks.py defines them: {@code mask/} the
 * object's whole silhouette within the image, {@code mask_visib/} its visible part, both 255
 * inside and 0 outside, checked against the instance image and scene_gt_info.
 *
 * @param visib mask_visib's samples
 * @param whole mask's samples
 */
record BopMasks(int[] visib, int[] whole) {
    /** How the whole silhouette lies: no visible pixel to place it, fully in the image, or reaching out of it. */
    enum Extent { HIDDEN, INSIDE, REACHING_OUT }

    static BopMasks read(Path scene, long k, int i, int w, int h) throws Exception {
        String name = String.format("%06d_%06d.png", k, i);
        return new BopMasks(Png.gray8(scene.resolve("mask_visib").resolve(name), w, h),
                Png.gray8(scene.resolve("mask").resolve(name), w, h));
    }

    /**
     * mask_visib is the object's instance pixels (px_count_visib of them), mask holds mask_visib,
     * and mask's count is px_count_all when bbox_obj lies in the image, less when it reaches out.
     */
    Extent assertAgainst(JsonNode info, boolean[] visible, int w, int h, String what) {
        long visibCount = 0;
        long wholeCount = 0;
        for (int p = 0; p < visible.length; p++) {
            assertTrue(visib[p] == 0 || visib[p] == 255, what + " mask_visib value " + visib[p]);
            assertTrue(whole[p] == 0 || whole[p] == 255, what + " mask value " + whole[p]);
            assertEquals(visible[p] ? 255 : 0, visib[p], what + " mask_visib pixel " + p);
            assertTrue(visib[p] == 0 || whole[p] == 255, what + ": mask_visib pixel " + p + " outside mask");
            visibCount += visib[p] == 255 ? 1 : 0;
            wholeCount += whole[p] == 255 ? 1 : 0;
        }
        assertEquals(info.get("px_count_visib").asLong(), visibCount, what + " mask_visib count");
        long all = info.get("px_count_all").asLong();
        assertTrue(wholeCount <= all, what + ": mask holds " + wholeCount + " > px_count_all " + all);
        if (visibCount == 0) {
            return Extent.HIDDEN;
        }
        int[] b = BopGroundTruthTest.ints(info.get("bbox_obj"));
        if (b[0] >= 0 && b[1] >= 0 && b[0] + b[2] < w && b[1] + b[3] < h) {
            assertEquals(all, wholeCount, what + ": mask count of an object inside the image");
            return Extent.INSIDE;
        }
        assertTrue(wholeCount < all, what + ": mask " + wholeCount + " of an object reaching out, px_count_all " + all);
        return Extent.REACHING_OUT;
    }
}
