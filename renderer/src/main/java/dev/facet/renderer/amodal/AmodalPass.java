package dev.facet.renderer.amodal;

import com.jme3.asset.AssetManager;
import com.jme3.renderer.RenderManager;
import com.jme3.scene.Geometry;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.spi.AmodalMasks;
import dev.facet.renderer.mirror.CameraMapping;
import dev.facet.renderer.mirror.SceneMirror;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders each object's amodal mask ({@link AmodalMasks}) after the frame's main pass: every
 * object alone, as if nothing hid it. Inside the image objects are drawn with the main pass's own
 * camera, so a mask covers every pixel where the instance image shows its object. Objects whose
 * bounds reach outside the image are drawn again on the BOP toolkit's enlarged canvas (three times
 * the image each way, K's centre moved by the image size, as calc_gt_info.py renders it), and only
 * the pixels outside the image are read from it: their count and bounds. Up to 32 objects share one
 * draw ({@link BitTarget}); each draw reads back only the rectangle its objects can reach.
 */
public final class AmodalPass {
    public static final String MATERIAL = "facet/Amodal.j3md";

    private final RenderManager renderManager;
    private final AmodalMaterials materials;
    private final com.jme3.renderer.Camera canvasCamera = new com.jme3.renderer.Camera(1, 1);
    private BitTarget image;
    private BitTarget canvas;

    public AmodalPass(AssetManager assets, RenderManager renderManager) {
        this.renderManager = renderManager;
        this.materials = new AmodalMaterials(assets);
    }

    /**
     * Fills {@code into} with the masks of {@code scene}'s objects as {@code mirror} holds them
     * (synced for this scene), {@code imageCamera} being the main pass's camera.
     */
    public void render(Scene scene, SceneMirror mirror, com.jme3.renderer.Camera imageCamera, AmodalMasks into) {
        into.clear();
        Camera cam = scene.camera();
        int w = cam.width();
        int h = cam.height();
        targets(w, h);
        List<ObjectSilhouette> objects = new ArrayList<>();
        for (SceneObject o : scene.objects()) {
            Geometry g = mirror.geometry(o.instanceId());
            if (g == null || g.getMesh() == null) {
                continue;
            }
            ScreenRect rect = ScreenRect.of(g.getWorldBound(), cam);
            if (!rect.intersect(-w, -h, 2 * w, 2 * h).isEmpty()) {
                objects.add(new ObjectSilhouette(o.instanceId(), mirror.amodalGeometries(o.instanceId()), rect));
            }
        }
        drawImage(objects, imageCamera, w, h);
        List<ObjectSilhouette> leaving = objects.stream().filter(s -> s.rect().leaves(w, h)).toList();
        if (!leaving.isEmpty()) {
            CameraMapping.apply(enlarged(cam), canvasCamera);
            drawOutside(leaving, w, h);
        }
        for (ObjectSilhouette s : objects) {
            AmodalMasks.Mask m = s.mask();
            if (m.pixelCountAll() > 0) {
                into.add(m);
            }
        }
    }

    private void targets(int w, int h) {
        if (image == null || image.width() != w || image.height() != h) {
            image = new BitTarget(w, h);
            canvas = new BitTarget(3 * w, 3 * h);
        }
    }

    /** The camera of the enlarged canvas: the same pose and focal lengths, the image in its middle. */
    private static Camera enlarged(Camera c) {
        return new Camera(3 * c.width(), 3 * c.height(), c.fx(), c.fy(), c.cx() + c.width(), c.cy() + c.height(),
                c.worldToCamera(), c.near(), c.far());
    }

    private void drawImage(List<ObjectSilhouette> objects, com.jme3.renderer.Camera imageCamera, int w, int h) {
        List<ObjectSilhouette> inImage = objects.stream().filter(s -> !s.rect().intersect(0, 0, w, h).isEmpty()).toList();
        for (List<ObjectSilhouette> group : groups(inImage)) {
            ScreenRect union = ScreenRect.EMPTY;
            for (ObjectSilhouette s : group) {
                union = union.union(s.rect().intersect(0, 0, w, h));
            }
            image.draw(renderManager, imageCamera, materials, geometries(group), union);
            var pixels = image.read(union);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).readImage(pixels, union, i, w, h);
            }
        }
    }

    private void drawOutside(List<ObjectSilhouette> leaving, int w, int h) {
        for (List<ObjectSilhouette> group : groups(leaving)) {
            ScreenRect union = ScreenRect.EMPTY;
            for (ObjectSilhouette s : group) {
                union = union.union(s.rect().intersect(-w, -h, 2 * w, 2 * h));
            }
            ScreenRect onTarget = shift(union, w, h);
            canvas.draw(renderManager, canvasCamera, materials, geometries(group), onTarget);
            for (ScreenRect strip : strips(union, w, h)) {
                var pixels = canvas.read(shift(strip, w, h));
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).readOutside(pixels, strip, i);
                }
            }
        }
    }

    /** The parts of {@code r} above, below, left and right of the image. */
    static List<ScreenRect> strips(ScreenRect r, int w, int h) {
        List<ScreenRect> strips = new ArrayList<>(4);
        for (ScreenRect s : List.of(new ScreenRect(r.u0(), r.v0(), r.u1(), Math.min(r.v1(), 0)),
                new ScreenRect(r.u0(), Math.max(r.v0(), h), r.u1(), r.v1()),
                new ScreenRect(r.u0(), Math.max(r.v0(), 0), Math.min(r.u1(), 0), Math.min(r.v1(), h)),
                new ScreenRect(Math.max(r.u0(), w), Math.max(r.v0(), 0), r.u1(), Math.min(r.v1(), h)))) {
            if (!s.isEmpty()) {
                strips.add(s);
            }
        }
        return strips;
    }

    /** Image coordinates to the enlarged canvas's own pixels. */
    private static ScreenRect shift(ScreenRect r, int w, int h) {
        return new ScreenRect(r.u0() + w, r.v0() + h, r.u1() + w, r.v1() + h);
    }

    private static List<List<ObjectSilhouette>> groups(List<ObjectSilhouette> objects) {
        List<List<ObjectSilhouette>> groups = new ArrayList<>();
        for (int i = 0; i < objects.size(); i += BitTarget.GROUP) {
            groups.add(objects.subList(i, Math.min(objects.size(), i + BitTarget.GROUP)));
        }
        return groups;
    }

    private static List<List<Geometry>> geometries(List<ObjectSilhouette> group) {
        return group.stream().map(ObjectSilhouette::geometries).toList();
    }
}
