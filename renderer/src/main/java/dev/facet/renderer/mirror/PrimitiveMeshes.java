package dev.facet.renderer.mirror;

import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.VertexBuffer;
import com.jme3.scene.shape.Box;
import com.jme3.scene.shape.Cylinder;
import com.jme3.scene.shape.Sphere;
import com.jme3.util.BufferUtils;
import dev.facet.engine.scene.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The triangle meshes that stand for the contract's primitive shapes. Each kind has one
 * shared unit mesh; a geometry's local transform scales it to the shape's size, so a new
 * frame changes transforms, never meshes. Ray-casting tests build their geometry here too,
 * so they intersect exactly the triangles that were rasterised. Mesh shapes share the one
 * merged mesh their {@link JmeMeshLibrary} loaded from the file.
 */
public final class PrimitiveMeshes {
    /** Segments around a sphere or cylinder, and rings from pole to pole of a sphere. */
    public static final int RADIAL_SAMPLES = 48;
    public static final int SPHERE_RINGS = 32;

    private static final Mesh UNIT_BOX = new Box(0.5f, 0.5f, 0.5f);
    private static final Mesh UNIT_SPHERE = new Sphere(SPHERE_RINGS, RADIAL_SAMPLES, 1f);
    /** jME's cylinder runs along z; the geometry turns it onto y. */
    private static final Mesh UNIT_CYLINDER = new Cylinder(2, RADIAL_SAMPLES, 1f, 1f, true);
    private static final Mesh UNIT_PLANE = unitPlane();
    private static final Quaternion Z_TO_Y = new Quaternion().fromAngleAxis(-FastMath.HALF_PI, Vector3f.UNIT_X);

    private PrimitiveMeshes() {
    }

    /**
     * A geometry whose local transform maps the unit mesh onto {@code shape} in the object's
     * frame; a mesh shape gets the triangles the renderer draws, loaded through {@code meshes}.
     *
     * @throws UncheckedIOException when a mesh file cannot be read
     */
    public static Geometry geometry(String name, Shape shape, JmeMeshLibrary meshes) {
        Geometry g = new Geometry(name);
        shape(g, shape, meshes);
        return g;
    }

    /**
     * Points {@code g} at the unit mesh of {@code shape}'s kind and scales it to the shape;
     * mesh shapes come from {@code meshes}, unscaled in their own frame.
     *
     * @throws UncheckedIOException when a mesh file cannot be read
     */
    public static void shape(Geometry g, Shape shape, JmeMeshLibrary meshes) {
        if (shape instanceof Shape.Mesh m) {
            try {
                set(g, meshes.mesh(m.source()), Quaternion.IDENTITY, 1f, 1f, 1f);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return;
        }
        if (shape instanceof Shape.Box b) {
            set(g, UNIT_BOX, Quaternion.IDENTITY, (float) b.sx(), (float) b.sy(), (float) b.sz());
        } else if (shape instanceof Shape.Sphere s) {
            float r = (float) s.radius();
            set(g, UNIT_SPHERE, Quaternion.IDENTITY, r, r, r);
        } else if (shape instanceof Shape.Cylinder c) {
            float r = (float) c.radius();
            // scale applies before rotation: local z (the axis) becomes world y
            set(g, UNIT_CYLINDER, Z_TO_Y, r, r, (float) c.height());
        } else if (shape instanceof Shape.Plane p) {
            set(g, UNIT_PLANE, Quaternion.IDENTITY, (float) p.sx(), 1f, (float) p.sz());
        } else {
            throw new UnsupportedOperationException("unknown shape: " + shape);
        }
    }

    /** True for the ground-plane mesh, which receives shadows but casts none. */
    public static boolean isPlane(Mesh mesh) {
        return mesh == UNIT_PLANE;
    }

    private static void set(Geometry g, Mesh mesh, Quaternion rotation, float sx, float sy, float sz) {
        if (g.getMesh() != mesh) {
            g.setMesh(mesh);
        }
        g.setLocalRotation(rotation);
        g.setLocalScale(sx, sy, sz);
    }

    /** A unit square in the x-z plane, facing +y; UVs run 0..1 along x and -z (so a texture reads upright from +z). */
    private static Mesh unitPlane() {
        Mesh m = new Mesh();
        m.setBuffer(VertexBuffer.Type.Position, 3, BufferUtils.createFloatBuffer(
                -0.5f, 0, -0.5f, -0.5f, 0, 0.5f, 0.5f, 0, 0.5f, 0.5f, 0, -0.5f));
        m.setBuffer(VertexBuffer.Type.Normal, 3, BufferUtils.createFloatBuffer(
                0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0));
        m.setBuffer(VertexBuffer.Type.TexCoord, 2, BufferUtils.createFloatBuffer(
                0, 1, 0, 0, 1, 0, 1, 1));
        m.setBuffer(VertexBuffer.Type.Index, 3, BufferUtils.createShortBuffer(
                (short) 0, (short) 1, (short) 2, (short) 0, (short) 2, (short) 3));
        m.updateBound();
        return m;
    }
}
