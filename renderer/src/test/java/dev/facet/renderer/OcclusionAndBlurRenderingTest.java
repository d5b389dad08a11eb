package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.RenderedFrame;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real rendering of ambient occlusion and motion blur: both change colour only (ids and depth
 * byte for byte the same as without), occlusion darkens the ground at the box's foot and leaves
 * open ground alone, and blur smears a moving ball along its path and nowhere else.
 */
@ExtendWith(RendererPerClass.class)
class OcclusionAndBlurRenderingTest {
    static final int W = LightShadowsRenderingTest.W;
    static final int H = LightShadowsRenderingTest.H;
    static final Vector3d EYE = new Vector3d(0.9, 2.0, 2.3);

    static HeadlessRenderer renderer;

    static RenderedFrame render(Scene s) {
        return renderer.render(s);
    }

    static Scene boxScene(Rendering r) {
        Scene s = LightShadowsRenderingTest.scene(null, true, List.of(), EYE, 50, 0, false);
        return s.withRendering(r);
    }

    @Test
    void occlusionDarkensTheBoxFootAndLeavesOpenGroundAndLabelsAlone() {
        RenderedFrame plain = render(boxScene(Rendering.DEFAULT));
        Rendering ao = Rendering.DEFAULT.withAmbientOcclusion(new Rendering.AmbientOcclusion(0.3, 1));
        RenderedFrame occluded = render(boxScene(ao));
        assertArrayEquals(plain.instance(), occluded.instance(), "occlusion changed instance ids");
        assertArrayEquals(plain.depth(), occluded.depth(), "occlusion changed depth");
        assertArrayEquals(occluded.rgb(), render(boxScene(ao)).rgb(), "occlusion is not repeatable");
        Camera cam = boxScene(ao).camera();
        Matrix4d toWorld = new Matrix4d(cam.worldToCamera()).invertAffine();
        long footDrop = 0;
        int foot = 0;
        int open = 0;
        int openChanged = 0;
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                int i = v * W + u;
                if (plain.instance()[i] != LightShadowsRenderingTest.GROUND) {
                    continue;
                }
                double z = plain.depth()[i];
                Vector3d p = toWorld.transformPosition(new Vector3d((u - cam.cx()) / cam.fx() * z,
                        (v - cam.cy()) / cam.fy() * z, z));
                double gap = Math.max(Math.abs(p.x), Math.abs(p.z)) - LightShadowsRenderingTest.HALF;
                int drop = grey(plain, i) - grey(occluded, i);
                if (gap > 0 && gap < 0.04) {
                    foot++;
                    footDrop += drop;
                } else if (gap > 0.6) {
                    open++;
                    openChanged += Math.abs(drop) > 1 ? 1 : 0;
                }
            }
        }
        assertTrue(foot > 20 && open > 2000, "too few pixels: " + foot + " at the foot, " + open + " open");
        assertTrue(footDrop > 6L * foot, "the ground at the box's foot darkened by " + footDrop / (double) foot
                + " levels on average");
        assertTrue(openChanged < open / 100, openChanged + " of " + open + " open ground pixels changed");
    }

    static Scene ballScene(Rendering r, double x) {
        Scene s = LightShadowsRenderingTest.scene(null, false,
                List.of(new LightShadowsRenderingTest.Ball(new Vector3d(x, 0.3, 0), 0.12)), EYE, 50, 0, false);
        return s.withRendering(r);
    }

    @Test
    void motionBlurSmearsAMovingBallAlongItsPathAndKeepsLabelsAtTheFrameInstant() {
        Rendering blur = Rendering.DEFAULT.withMotionBlur(new Rendering.MotionBlur(1, 8));
        RenderedFrame still = render(ballScene(Rendering.DEFAULT, -0.3));
        RenderedFrame moving = render(ballScene(blur, -0.3).withShutterEnd(ballScene(blur, 0.3)));
        assertArrayEquals(still.instance(), moving.instance(), "blur changed instance ids");
        assertArrayEquals(still.depth(), moving.depth(), "blur changed depth");
        RenderedFrame unmoved = render(ballScene(blur, -0.3).withShutterEnd(ballScene(blur, -0.3)));
        assertArrayEquals(still.rgb(), unmoved.rgb(), "averaging identical sub-frames changed colour");
        RenderedFrame ahead = render(ballScene(Rendering.DEFAULT, 0.3));
        int[] box = pathBox(still, ahead);
        int smeared = 0;
        int path = 0;
        int changedElsewhere = 0;
        for (int i = 0; i < W * H; i++) {
            boolean start = still.instance()[i] == 3;
            boolean end = ahead.instance()[i] == 3;
            boolean changed = channelChange(still, moving, i) > 1;
            if (!start && end) {
                path++;
                smeared += changed ? 1 : 0;
            } else if (!start && !end && !inBox(box, i)) {
                changedElsewhere += changed ? 1 : 0;
            }
        }
        assertTrue(path > 100, "the ball's end position covers few pixels: " + path);
        assertTrue(smeared > path * 9 / 10, "only " + smeared + " of " + path + " pixels on the path changed");
        assertEquals(0, changedElsewhere, "pixels away from the path changed");
    }

    /** The pixel rectangle {left, top, right, bottom} holding the ball at both ends, grown by 2 pixels. */
    static int[] pathBox(RenderedFrame a, RenderedFrame b) {
        int[] box = {W, H, -1, -1};
        for (int k = 0; k < W * H; k++) {
            if (a.instance()[k] == 3 || b.instance()[k] == 3) {
                box[0] = Math.min(box[0], k % W - 2);
                box[1] = Math.min(box[1], k / W - 2);
                box[2] = Math.max(box[2], k % W + 2);
                box[3] = Math.max(box[3], k / W + 2);
            }
        }
        return box;
    }

    static boolean inBox(int[] box, int i) {
        int u = i % W;
        int v = i / W;
        return u >= box[0] && u <= box[2] && v >= box[1] && v <= box[3];
    }

    static int channelChange(RenderedFrame a, RenderedFrame b, int i) {
        int most = 0;
        for (int c = 3 * i; c < 3 * i + 3; c++) {
            most = Math.max(most, Math.abs((a.rgb()[c] & 0xff) - (b.rgb()[c] & 0xff)));
        }
        return most;
    }

    static int grey(RenderedFrame f, int i) {
        return LightShadowsRenderingTest.grey(f, i);
    }
}
