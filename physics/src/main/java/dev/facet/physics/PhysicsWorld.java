package dev.facet.physics;

import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.collision.shapes.CollisionShape;
import com.jme3.bullet.objects.PhysicsBody;
import com.jme3.bullet.objects.PhysicsRigidBody;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * A rigid-body world (Bullet through Minie) of engine shapes, stepped by hand with a fixed
 * time step: the same bodies added in the same order and stepped the same way give the
 * same poses, bit for bit, in any process. Gravity is 9.81 m/s² along -y. Poses go in and
 * come out as object-to-world matrices (rotation, translation and, for meshes, a uniform scale).
 */
public final class PhysicsWorld implements AutoCloseable {
    /** Gravity (m/s²). */
    public static final double GRAVITY = 9.81;
    /** Constraint solver iterations per step. */
    static final int ITERATIONS = 10;

    private final PhysicsSpace space;
    private final List<Body> bodies = new ArrayList<>();
    private final StaticMeshCache meshes;

    private record Body(PhysicsRigidBody rigid, Shape shape, double scale, boolean moving) {
    }

    /** A world whose static meshes' colliders are its own. */
    public PhysicsWorld() {
        this(new StaticMeshCache());
    }

    /** A world taking static meshes' colliders from {@code meshes}, shared with other worlds. */
    public PhysicsWorld(StaticMeshCache meshes) {
        this.meshes = meshes;
        NativeBullet.load();
        space = new PhysicsSpace(PhysicsSpace.BroadphaseType.DBVT);
        space.setGravity(new Vector3f(0, (float) -GRAVITY, 0));
        space.setSolverNumIterations(ITERATIONS);
    }

    /**
     * Adds a body and returns its handle (0, 1, ... in order of adding).
     *
     * @param triangles a mesh's vertices in its own frame, x, y, z each, or null for its bounds: for a
     *                  static body three per triangle (its triangle mesh); for a moving one any of its
     *                  points, such as {@link HullPoints#of} of its triangles (its convex hull)
     * @param moving false for static bodies (ground, walls, containers), which never move
     */
    public int add(Shape shape, Matrix4dc worldFromObject, float[] triangles, Surface surface, boolean moving) {
        double scale = worldFromObject.getScale(new Vector3d()).x;
        CollisionShape collider;
        if (!moving && shape instanceof Shape.Mesh && triangles != null && triangles.length >= 9) {
            collider = meshes.shape(triangles, (float) scale);
        } else {
            collider = Colliders.of(shape, triangles, moving);
            collider.setScale((float) scale);
        }
        float mass = moving ? (float) (surface.density() * Colliders.volume(shape) * scale * scale * scale)
                : PhysicsBody.massForStatic;
        PhysicsRigidBody rigid = new PhysicsRigidBody(collider, mass);
        rigid.setFriction((float) surface.friction());
        rigid.setRestitution((float) surface.restitution());
        if (moving) {
            rigid.setRollingFriction(0.05f);
            rigid.setSpinningFriction(0.05f);
            rigid.setDamping(0.05f, 0.1f);
        }
        Quaterniond q = worldFromObject.getNormalizedRotation(new Quaterniond());
        Vector3d offset = q.transform(new Vector3d(0, Colliders.offsetY(shape) * scale, 0));
        Vector3d t = worldFromObject.getTranslation(new Vector3d()).add(offset);
        rigid.setPhysicsLocation(new Vector3f((float) t.x, (float) t.y, (float) t.z));
        rigid.setPhysicsRotation(new Quaternion((float) q.x, (float) q.y, (float) q.z, (float) q.w));
        space.addCollisionObject(rigid);
        bodies.add(new Body(rigid, shape, scale, moving));
        return bodies.size() - 1;
    }

    /** Sets a moving body's velocities (m/s and rad/s about world axes). */
    public void velocity(int handle, Vector3d linear, Vector3d angular) {
        PhysicsRigidBody r = bodies.get(handle).rigid();
        r.setLinearVelocity(new Vector3f((float) linear.x, (float) linear.y, (float) linear.z));
        r.setAngularVelocity(new Vector3f((float) angular.x, (float) angular.y, (float) angular.z));
    }

    /** Advances the world by exactly one step of {@code dt} seconds. */
    public void step(double dt) {
        space.update((float) dt, 0);
    }

    /**
     * Steps until every moving body rests (speeds under the given bounds for {@code quietSteps}
     * steps in a row) or {@code maxSteps} have run; returns the steps taken.
     */
    public int settle(double dt, int maxSteps, int quietSteps, double maxSpeed, double maxSpin) {
        int quiet = 0;
        for (int i = 1; i <= maxSteps; i++) {
            step(dt);
            quiet = resting(maxSpeed, maxSpin) ? quiet + 1 : 0;
            if (quiet >= quietSteps) {
                return i;
            }
        }
        return maxSteps;
    }

    /** True when every moving body's speed and spin are under the bounds. */
    public boolean resting(double maxSpeed, double maxSpin) {
        for (Body b : bodies) {
            if (b.moving() && (b.rigid().getLinearVelocity(null).length() > maxSpeed
                    || b.rigid().getAngularVelocity(null).length() > maxSpin)) {
                return false;
            }
        }
        return true;
    }

    /** The body's object-to-world matrix now, its scale included. */
    public Matrix4d pose(int handle) {
        Body b = bodies.get(handle);
        Vector3f p = b.rigid().getPhysicsLocation(null);
        Quaternion r = b.rigid().getPhysicsRotation(null);
        Quaterniond q = new Quaterniond(r.getX(), r.getY(), r.getZ(), r.getW());
        Vector3d offset = q.transform(new Vector3d(0, -Colliders.offsetY(b.shape()) * b.scale(), 0));
        return new Matrix4d().translation(new Vector3d(p.x, p.y, p.z).add(offset)).rotate(q).scale(b.scale());
    }

    public int size() {
        return bodies.size();
    }

    @Override
    public void close() {
        for (Body b : bodies) {
            space.removeCollisionObject(b.rigid());
        }
        space.destroy();
    }
}
