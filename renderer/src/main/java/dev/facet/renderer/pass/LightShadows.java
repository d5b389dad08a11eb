package dev.facet.renderer.pass;

import com.jme3.bounding.BoundingBox;
import com.jme3.material.MatParamOverride;
import com.jme3.math.Matrix4f;
import com.jme3.math.Vector3f;
import com.jme3.math.Vector4f;
import com.jme3.renderer.Camera;
import com.jme3.renderer.RenderManager;
import com.jme3.renderer.ViewPort;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.shader.VarType;
import com.jme3.texture.FrameBuffer;
import com.jme3.texture.FrameBuffer.FrameBufferTarget;
import com.jme3.texture.Texture2D;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Rendering;
import dev.facet.renderer.mirror.PrimitiveMeshes;
import java.util.List;

/**
 * Shadows of the first {@link Rendering#lightShadows()} point and spot lights: perspective
 * depth maps from each light, all in one depth atlas of {@value #TILE}-texel tiles, one row
 * per shadowed light. A spot light uses one tile, its cone (plus a margin) in view; a point
 * light six, the faces of a cube (+x, -x, +y, -y, +z, -z), each a little wider than 90
 * degrees so that filter taps near a face's edge stay inside its tile. The tiles are drawn
 * before the main view with the material's FacetShadow technique (back faces only, like the
 * sun's), and the surface shader reads them through scene-wide overrides
 * ({@code facet/shaders/lightshadow.glsllib}). Nothing is allocated until a scene asks.
 */
public final class LightShadows {
    public static final int TILE = 512;
    static final int FACES = 6;
    static final int ROWS = Rendering.MAX_SHADOWED_LIGHTS;
    /** Nearest distance from a light that casts a shadow, metres. */
    static final float NEAR = 0.02f;
    /** A cube face's half-width in tan units: 90 degrees plus six texels. */
    static final float CUBE_HALF = 1f + 6f / TILE;
    /** Widest spot cone a map covers (half-angle, degrees); beyond it a spot lights without shadow. */
    static final double MAX_SPOT_HALF_ANGLE = 80;

    private final RenderManager renderManager;
    private final Node root;
    private final Matrix4f[] matrices = new Matrix4f[ROWS * FACES];
    private final Vector4f[] info = new Vector4f[ROWS];
    private final MatParamOverride count = new MatParamOverride(VarType.Int, "LightShadows", 1);
    private final MatParamOverride map = new MatParamOverride(VarType.Texture2D, "LightShadowMap", null);
    private ViewPort[] views;
    /** The bounds of everything that casts a shadow (all but planes) in the scene being fitted, or null. */
    private BoundingBox casters;
    private Camera[] cameras;

    public LightShadows(RenderManager rm, Node root) {
        this.renderManager = rm;
        this.root = root;
        for (int i = 0; i < matrices.length; i++) {
            matrices[i] = new Matrix4f();
        }
        for (int i = 0; i < ROWS; i++) {
            info[i] = new Vector4f();
        }
        count.setEnabled(false);
        map.setEnabled(false);
        // added now: adding overrides later would change the graph after its geometric update
        root.addMatParamOverride(count);
        root.addMatParamOverride(map);
        root.addMatParamOverride(new MatParamOverride(VarType.Matrix4Array, "LightShadowMatrix", matrices));
        root.addMatParamOverride(new MatParamOverride(VarType.Vector4Array, "LightShadowInfo", info));
    }

    /**
     * Points the tiles at the first {@code r.lightShadows()} of {@code lights} (fewer when the
     * scene has fewer), fitted to the world bounds under the root, or switches them all off.
     */
    public void fit(Rendering r, List<Light> lights) {
        int k = Math.min(r.lightShadows(), lights.size());
        if (k > 0 && views == null) {
            allocate();
        }
        if (views == null) {
            return;
        }
        BoundingBox world = root.getWorldBound() instanceof BoundingBox b ? b
                : new BoundingBox(Vector3f.ZERO, 50, 50, 50);
        casters = casters(root);
        for (int i = 0; i < ROWS; i++) {
            Light l = i < k ? lights.get(i) : null;
            int faces = l instanceof Light.Point ? FACES : l instanceof Light.Spot ? 1 : 0;
            for (int f = 0; f < FACES; f++) {
                views[i * FACES + f].setEnabled(f < faces);
            }
            if (l instanceof Light.Point p) {
                point(i, vector(p.position()), world);
            } else if (l instanceof Light.Spot s) {
                spot(i, s, world);
            }
        }
        count.setValue(k);
        count.setEnabled(k > 0);
        map.setEnabled(k > 0);
    }

    private void spot(int row, Light.Spot s, BoundingBox world) {
        Vector3f at = vector(s.position());
        Vector3f dir = vector(s.direction()).normalizeLocal();
        float half = (float) Math.toRadians(Math.min(s.outerAngleDeg() + 2, MAX_SPOT_HALF_ANGLE));
        float tan = (float) Math.tan(half);
        Vector3f up = Math.abs(dir.y) > 0.99f ? Vector3f.UNIT_Z : Vector3f.UNIT_Y;
        info[row].set(1, aim(row, 0, at, dir, up, tan, far(at, world)), 0, 0);
    }

    private void point(int row, Vector3f at, BoundingBox world) {
        float far = far(at, world);
        float texel = 0;
        Vector3f[] dirs = {Vector3f.UNIT_X, Vector3f.UNIT_X.negate(), Vector3f.UNIT_Y, Vector3f.UNIT_Y.negate(),
            Vector3f.UNIT_Z, Vector3f.UNIT_Z.negate()};
        for (int f = 0; f < FACES; f++) {
            Vector3f up = f == 2 || f == 3 ? Vector3f.UNIT_Z : Vector3f.UNIT_Y;
            texel = Math.max(texel, aim(row, f, at, dirs[f], up, CUBE_HALF, far));
        }
        info[row].set(FACES, texel, 0, 0);
    }

    /**
     * Points tile {@code face} of {@code row} from {@code at} along {@code dir}, seeing at most
     * {@code tan} (tangent of the half-angle) either way, narrowed to the shadow casters there:
     * the finer texels keep shadows on their contacts. Returns a texel's width at unit distance.
     */
    private float aim(int row, int face, Vector3f at, Vector3f dir, Vector3f up, float tan, float far) {
        Camera c = cameras[row * FACES + face];
        c.setFrustum(NEAR, far, -tan * NEAR, tan * NEAR, tan * NEAR, -tan * NEAR);
        c.setLocation(at);
        c.lookAtDirection(dir, up);
        c.update();
        float[] box = focus(c, tan);
        c.setFrustum(NEAR, far, box[0] * NEAR, box[1] * NEAR, box[3] * NEAR, box[2] * NEAR);
        c.update();
        c.updateViewProjection();
        matrices[row * FACES + face].set(c.getViewProjectionMatrix());
        return Math.max(box[1] - box[0], box[3] - box[2]) / TILE;
    }

    /**
     * The casters' extent in {@code c}'s view as tangents {left, right, bottom, top}, grown by
     * four texels and clamped to {@code tan}; the whole view when a caster corner lies beside
     * or behind the light (no narrower perspective frustum holds it).
     */
    private float[] focus(Camera c, float tan) {
        float[] full = {-tan, tan, -tan, tan};
        if (casters == null) {
            return full;
        }
        Matrix4f view = c.getViewMatrix();
        Vector3f centre = casters.getCenter();
        Vector3f e = new Vector3f(casters.getXExtent(), casters.getYExtent(), casters.getZExtent());
        float[] box = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int k = 0; k < 8; k++) {
            Vector3f corner = new Vector3f(centre.x + ((k & 1) == 0 ? -e.x : e.x),
                    centre.y + ((k & 2) == 0 ? -e.y : e.y), centre.z + ((k & 4) == 0 ? -e.z : e.z));
            Vector3f v = view.mult(corner);
            float depth = -v.z;  // jME views look down -z
            if (depth <= NEAR) {
                return full;
            }
            box[0] = Math.min(box[0], v.x / depth);
            box[1] = Math.max(box[1], v.x / depth);
            box[2] = Math.min(box[2], v.y / depth);
            box[3] = Math.max(box[3], v.y / depth);
        }
        float grow = 4 * Math.max(box[1] - box[0], box[3] - box[2]) / TILE + 1e-4f;
        float[] out = {Math.max(box[0] - grow, -tan), Math.min(box[1] + grow, tan),
            Math.max(box[2] - grow, -tan), Math.min(box[3] + grow, tan)};
        return out[0] < out[1] && out[2] < out[3] ? out : full;
    }

    private static BoundingBox casters(Node root) {
        BoundingBox all = null;
        for (Spatial s : root.getChildren()) {
            Geometry g = (Geometry) ((Node) s).getChild(0);
            if (g.getMesh() == null || PrimitiveMeshes.isPlane(g.getMesh())
                    || !(s.getWorldBound() instanceof BoundingBox b)) {  // every part of a model
                continue;
            }
            all = all == null ? new BoundingBox(b) : (BoundingBox) all.mergeLocal(b);
        }
        return all;
    }

    /** The distance from {@code at} past which nothing lies: its farthest corner of the world bounds. */
    private static float far(Vector3f at, BoundingBox b) {
        Vector3f c = b.getCenter();
        float dx = Math.abs(at.x - c.x) + b.getXExtent();
        float dy = Math.abs(at.y - c.y) + b.getYExtent();
        float dz = Math.abs(at.z - c.z) + b.getZExtent();
        return Math.max((float) Math.sqrt(dx * dx + dy * dy + dz * dz) * 1.01f + 0.1f, NEAR * 10);
    }

    private void allocate() {
        int width = TILE * FACES;
        int height = TILE * ROWS;
        Texture2D atlas = ShadowTechnique.depthMap(width, height);
        FrameBuffer fb = new FrameBuffer(width, height, 1);
        fb.setDepthTarget(FrameBufferTarget.newTarget(atlas));
        views = new ViewPort[ROWS * FACES];
        cameras = new Camera[ROWS * FACES];
        for (int i = 0; i < views.length; i++) {
            Camera c = new Camera(width, height);
            c.setParallelProjection(false);  // jME cameras start orthographic
            int col = i % FACES;
            int row = i / FACES;
            c.setViewPort((float) col / FACES, (float) (col + 1) / FACES, (float) row / ROWS, (float) (row + 1) / ROWS);
            cameras[i] = c;
            ViewPort v = renderManager.createPreView("facet-light-shadow-" + i, c);
            v.setOutputFrameBuffer(fb);
            v.setClearFlags(false, true, false);
            v.attachScene(root);
            v.addProcessor(new ShadowTechnique());
            v.setEnabled(false);
            views[i] = v;
        }
        map.setValue(atlas);
    }

    private static Vector3f vector(org.joml.Vector3dc v) {
        return new Vector3f((float) v.x(), (float) v.y(), (float) v.z());
    }
}
