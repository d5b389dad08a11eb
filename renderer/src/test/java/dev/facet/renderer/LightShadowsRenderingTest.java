package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rendering;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.RenderedFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real rendering of spot and point light shadows, checked at pixel centres against the
 * analytic answer: each pixel's surface point is rebuilt from the label pass's depth and
 * the camera, and the segment from it to the light is tested against the exact box and
 * spheres. Points clearly lit must render exactly as with shadows off (no acne, no
 * speckles), points clearly shadowed exactly as with the light off (no light leaking,
 * also from 5 mm of the box's contact with the ground, the first pixel beside it here), and
 * labels never change.
 */
@ExtendWith(RendererPerClass.class)
class LightShadowsRenderingTest {
    static final int W = 240;
    static final int H = 180;
    static final int GROUND = 1;
    static final int BOX = 2;
    /** Half the box's side; the box stands on the ground at the origin. */
    static final double HALF = 0.15;
    /** How far (metres) an occluder is grown or shrunk before a point counts as clearly lit or shadowed. */
    static final double MARGIN = 0.03;
    /** How close to the box's foot (metres) the ground may still catch light: under a shadow-map texel. */
    static final double CONTACT = 0.005;
    static HeadlessRenderer renderer;

    record Ball(Vector3d centre, double radius) {
    }

    static final Vector3d SPOT = new Vector3d(-1.0, 1.4, -0.8);
    static final List<Ball> SPOT_BALLS = List.of(new Ball(new Vector3d(0.55, 0.45, 0.1), 0.12));
    static final Vector3d POINT = new Vector3d(0, 0.5, 0);
    static final List<Ball> POINT_BALLS = List.of(
            new Ball(new Vector3d(0.5, 0.25, 0), 0.1), new Ball(new Vector3d(-0.5, 0.25, 0), 0.1),
            new Ball(new Vector3d(0, 0.25, 0.5), 0.1), new Ball(new Vector3d(0, 0.25, -0.5), 0.1),
            new Ball(new Vector3d(0.36, 0.25, 0.36), 0.1));

    static Scene scene(Light light, boolean box, List<Ball> balls, Vector3d eye, double fov, int shadows, boolean soft) {
        Camera cam = Camera.lookAt(W, H, fov, eye, new Vector3d(0.1, 0, 0.1), 0.05, 50);
        Lighting lighting = new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 0,
                new Rgb(0.3, 0.3, 0.3), new Rgb(0.1, 0.1, 0.1), 0.3, light == null ? List.of() : List.of(light), null);
        List<SceneObject> objects = new ArrayList<>();
        objects.add(new SceneObject(GROUND, new Category(1, "ground"), "ground", new Matrix4d(), new Shape.Plane(4, 4),
                new Material(new Rgb(0.6, 0.6, 0.6), 0.9, 0)));
        if (box) {
            objects.add(new SceneObject(BOX, new Category(2, "box"), "box", new Matrix4d().translation(0, HALF, 0),
                    new Shape.Box(2 * HALF, 2 * HALF, 2 * HALF), new Material(new Rgb(0.8, 0.8, 0.8), 0.8, 0)));
        }
        for (int i = 0; i < balls.size(); i++) {
            Ball b = balls.get(i);
            objects.add(new SceneObject(3 + i, new Category(3, "ball"), "ball" + i,
                    new Matrix4d().translation(b.centre()), new Shape.Sphere(b.radius()),
                    new Material(new Rgb(0.7, 0.5, 0.4), 0.8, 0)));
        }
        Rendering r = new Rendering(1, Rendering.ToneMapping.NONE, 0, soft, shadows, null);
        return new Scene(0, 3, 0, cam, objects, lighting, new Rgb(0.2, 0.2, 0.3), null, Map.of(), r);
    }

    static Light spot(double intensity) {
        Vector3d dir = new Vector3d(0.2, 0, 0.2).sub(SPOT);
        return new Light.Spot(SPOT, dir, new Rgb(1, 1, 1), intensity, 42, 48);
    }

    static Light point(double intensity) {
        return new Light.Point(POINT, new Rgb(1, 1, 1), intensity);
    }

    @Test
    void spotShadowFallsWhereTheBoxAndSphereBlockTheLightAndNowhereElse() {
        Vector3d eye = new Vector3d(0.9, 2.0, 2.3);
        check(spotScene(6, 1, false, eye), spotScene(6, 0, false, eye), spotScene(0, 0, false, eye), SPOT, true,
                SPOT_BALLS, Math.cos(Math.toRadians(40)));
        check(spotScene(6, 1, true, eye), spotScene(6, 0, true, eye), spotScene(0, 0, true, eye), SPOT, true,
                SPOT_BALLS, Math.cos(Math.toRadians(40)));
    }

    static Scene spotScene(double intensity, int shadows, boolean soft, Vector3d eye) {
        return scene(spot(intensity), true, SPOT_BALLS, eye, 50, shadows, soft);
    }

    @Test
    void pointShadowsFallOnEveryCubeFaceAndAcrossItsSeams() {
        Vector3d eye = new Vector3d(0.2, 3.2, 1.6);
        Scene on = scene(point(1.5), false, POINT_BALLS, eye, 60, 1, false);
        Scene off = scene(point(1.5), false, POINT_BALLS, eye, 60, 0, false);
        Scene dark = scene(point(0), false, POINT_BALLS, eye, 60, 0, false);
        check(on, off, dark, POINT, false, POINT_BALLS, -2);
    }

    @Test
    void lightsPastTheShadowedCountLightWithoutShadows() {
        Vector3d eye = new Vector3d(0.9, 2.0, 2.3);
        Light second = spot(6);
        Scene one = scene(spot(6), true, SPOT_BALLS, eye, 50, 0, false);
        Scene two = new Scene(0, 3, 0, one.camera(), one.objects(), new Lighting(new Vector3d(0, -1, 0),
                new Rgb(1, 1, 1), 0, new Rgb(0.3, 0.3, 0.3), new Rgb(0.1, 0.1, 0.1), 0.3,
                List.of(new Light.Point(new Vector3d(3, 0.01, 3), new Rgb(0, 0, 0), 0), second), null),
                one.background(), null, Map.of(), one.rendering().withLightShadows(1));
        // only the first (a black point light) is shadowed: the spot lights as if no light cast shadows
        RenderedFrame a = renderer.render(one);
        RenderedFrame b = renderer.render(two);
        assertArrayEquals(a.instance(), b.instance());
        int differ = 0;
        for (int i = 0; i < W * H; i++) {
            differ += Math.abs(grey(a, i) - grey(b, i)) > 1 ? 1 : 0;
        }
        assertTrue(differ == 0, differ + " pixels changed when only an unlit light casts shadows");
    }

    /**
     * Renders the three scenes and checks every ground or box pixel whose analytic answer is
     * clear: lit (inside the cone by a margin, the segment to the light missing every occluder
     * grown by MARGIN) renders as {@code off}; shadowed (the segment hitting an occluder shrunk
     * by MARGIN) as {@code dark}. Contacts: ground pixels 5 mm to 3 cm from the box, shadowed
     * by the box itself, must be dark too.
     */
    static void check(Scene onScene, Scene offScene, Scene darkScene, Vector3d light, boolean box, List<Ball> balls,
                      double minCone) {
        RenderedFrame on = renderer.render(onScene);
        RenderedFrame off = renderer.render(offScene);
        RenderedFrame dark = renderer.render(darkScene);
        assertArrayEquals(off.instance(), on.instance(), "shadows changed instance ids");
        assertArrayEquals(off.depth(), on.depth(), "shadows changed depth");
        Camera cam = onScene.camera();
        Matrix4d cameraToWorld = new Matrix4d(cam.worldToCamera()).invertAffine();
        Vector3d axis = new Vector3d(0.2, 0, 0.2).sub(light).normalize();
        int lit = 0;
        int shadowed = 0;
        int contact = 0;
        int boxLit = 0;
        List<String> bad = new ArrayList<>();
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                int i = v * W + u;
                int id = on.instance()[i];
                if (id != GROUND && id != BOX) {
                    continue;
                }
                double z = on.depth()[i];
                Vector3d p = cameraToWorld.transformPosition(new Vector3d((u - cam.cx()) / cam.fx() * z,
                        (v - cam.cy()) / cam.fy() * z, z));
                Vector3d toLight = new Vector3d(light).sub(p);
                Vector3d n = id == GROUND ? new Vector3d(0, 1, 0) : boxNormal(p);
                if (n.dot(toLight) < 0.05 * toLight.length()
                        || new Vector3d(p).sub(light).normalize().dot(axis) < minCone) {
                    continue;  // faces away from the light, grazing, or near the cone's edge: no clear answer
                }
                // a point on the box facing the light is not shadowed by the box itself, up to its edges
                boolean byBox = box && id != BOX;
                boolean clearlyLit = !blocked(p, light, byBox, balls, MARGIN)
                        && !(id == BOX && (nearEdge(on, u, v) || edgeDistance(p) < 0.015));
                boolean clearlyShadowed = blocked(p, light, byBox, balls, -MARGIN);
                double gap = id == GROUND && box ? Math.max(Math.abs(p.x), Math.abs(p.z)) - HALF : -1;
                if (gap >= 0 && gap < CONTACT) {
                    continue;  // the shadow's contact: within CONTACT of the box a shadow-map texel may leak
                }
                boolean atContact = gap >= CONTACT && gap <= 0.03 && blocked(p, light, true, List.of(), 0);
                if (clearlyLit) {
                    lit++;
                    boxLit += id == BOX ? 1 : 0;
                    if (Math.abs(grey(on, i) - grey(off, i)) > 1) {
                        bad.add("lit (" + u + "," + v + ") " + grey(on, i) + " vs " + grey(off, i));
                    }
                } else if (clearlyShadowed || atContact) {
                    shadowed++;
                    contact += atContact ? 1 : 0;
                    if (Math.abs(grey(on, i) - grey(dark, i)) > 1) {
                        bad.add((atContact ? "contact" : "shadow") + " (" + u + "," + v + ") p=" + p + " gap " + gap + " " + grey(on, i)
                                + " vs dark " + grey(dark, i) + ", lit " + grey(off, i));
                    }
                }
            }
        }
        assertTrue(lit > 2000 && shadowed > 300, "too few clear pixels: " + lit + " lit, " + shadowed + " shadowed");
        assertTrue(!box || contact > 5, "no contact pixels checked: " + contact);
        assertTrue(!box || boxLit > 100, "too few lit box pixels checked: " + boxLit);
        assertTrue(bad.isEmpty(), bad.size() + " of " + (lit + shadowed) + " pixels wrong, e.g. "
                + bad.subList(0, Math.min(8, bad.size())));
    }

    /** Whether pixel (u, v) is within one pixel of another object in the image (its colour may mix faces). */
    static boolean nearEdge(RenderedFrame f, int u, int v) {
        int id = f.instance()[v * W + u];
        for (int dv = -1; dv <= 1; dv++) {
            for (int du = -1; du <= 1; du++) {
                int x = Math.min(W - 1, Math.max(0, u + du));
                int y = Math.min(H - 1, Math.max(0, v + dv));
                if (f.instance()[y * W + x] != id) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far a point on the box lies from the nearest of its edges. */
    static double edgeDistance(Vector3d p) {
        double[] a = {Math.abs(p.x), Math.abs(p.y - HALF), Math.abs(p.z)};
        java.util.Arrays.sort(a);
        return HALF - a[1];
    }

    /** The outward normal of the box's face nearest {@code p}. */
    static Vector3d boxNormal(Vector3d p) {
        double x = Math.abs(p.x);
        double y = Math.abs(p.y - HALF);
        double z = Math.abs(p.z);
        if (x >= y && x >= z) {
            return new Vector3d(Math.signum(p.x), 0, 0);
        }
        return y >= z ? new Vector3d(0, Math.signum(p.y - HALF), 0) : new Vector3d(0, 0, Math.signum(p.z));
    }

    /** Whether the segment from {@code p} (just off its surface) to the light meets an occluder grown by {@code grow}. */
    static boolean blocked(Vector3d p, Vector3d light, boolean box, List<Ball> balls, double grow) {
        Vector3d d = new Vector3d(light).sub(p);
        Vector3d from = new Vector3d(d).normalize().mul(2e-3).add(p);
        d = new Vector3d(light).sub(from);
        if (box && segmentHitsBox(from, d, HALF + grow)) {
            return true;
        }
        for (Ball b : balls) {
            Vector3d oc = new Vector3d(from).sub(b.centre());
            double r = b.radius() + grow;
            double a = d.lengthSquared();
            double half = oc.dot(d);
            double c = oc.lengthSquared() - r * r;
            double disc = half * half - a * c;
            if (disc >= 0) {
                double t0 = (-half - Math.sqrt(disc)) / a;
                double t1 = (-half + Math.sqrt(disc)) / a;
                if (t1 >= 0 && t0 <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Slab test of the segment from + t d, t in [0, 1], against the box of half-side h standing at the origin. */
    static boolean segmentHitsBox(Vector3d from, Vector3d d, double h) {
        double[] o = {from.x, from.y - HALF, from.z};
        double[] dir = {d.x, d.y, d.z};
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 3; k++) {
            if (Math.abs(dir[k]) < 1e-12) {
                if (Math.abs(o[k]) > h) {
                    return false;
                }
                continue;
            }
            double t0 = (-h - o[k]) / dir[k];
            double t1 = (h - o[k]) / dir[k];
            lo = Math.max(lo, Math.min(t0, t1));
            hi = Math.min(hi, Math.max(t0, t1));
        }
        return lo <= hi;
    }

    static int grey(RenderedFrame f, int i) {
        return ((f.rgb()[3 * i] & 0xff) + (f.rgb()[3 * i + 1] & 0xff) + (f.rgb()[3 * i + 2] & 0xff)) / 3;
    }
}
