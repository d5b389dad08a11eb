package dev.facet.exporters.bop;

import org.joml.Matrix4dc;

/**
 * An object's pose in BOP's terms: camera_from_object split into a pure rotation (orthonormal,
 * determinant +1), a translation in millimetres and the per-axis scale that BOP's fixed-size
 * models have no place for. camera_from_object = [rotation * diag(scale) | translation].
 *
 * @param rotation row-major 3x3, object to camera
 * @param translationMm object origin in the camera frame, millimetres
 * @param scale the object frame's scale along its own x, y and z axes (1 for Facet's primitives,
 *              whose sizes are in the shape; a mesh's scale), negative on x for a mirrored frame
 */
record ObjectPose(double[] rotation, double[] translationMm, double[] scale) {

    /**
     * Splits the affine {@code m} into rotation and scale by the lengths of its columns. A sheared
     * matrix (which Facet's scenarios never build) has no such split; it gets the rotation
     * nearest to its normalised columns.
     */
    static ObjectPose of(Matrix4dc m) {
        double[][] col = {{m.m00(), m.m01(), m.m02()}, {m.m10(), m.m11(), m.m12()}, {m.m20(), m.m21(), m.m22()}};
        double[] scale = new double[3];
        for (int i = 0; i < 3; i++) {
            scale[i] = Math.sqrt(col[i][0] * col[i][0] + col[i][1] * col[i][1] + col[i][2] * col[i][2]);
            if (!(scale[i] > 0)) {
                throw new IllegalArgumentException("object transform is singular: axis " + i + " has length 0");
            }
        }
        if (det(col) < 0) {
            scale[0] = -scale[0];
        }
        double[][] r = new double[3][3];  // r[row][column]
        for (int c = 0; c < 3; c++) {
            for (int row = 0; row < 3; row++) {
                r[row][c] = col[c][row] / scale[c];
            }
        }
        if (!orthonormal(r)) {
            r = nearestRotation(r);
        }
        return new ObjectPose(new double[] {r[0][0], r[0][1], r[0][2], r[1][0], r[1][1], r[1][2], r[2][0], r[2][1],
            r[2][2]}, new double[] {1000 * m.m30(), 1000 * m.m31(), 1000 * m.m32()}, scale);
    }

    /** Determinant of the matrix whose columns are {@code c}. */
    private static double det(double[][] c) {
        return c[0][0] * (c[1][1] * c[2][2] - c[1][2] * c[2][1]) - c[1][0] * (c[0][1] * c[2][2] - c[0][2] * c[2][1])
                + c[2][0] * (c[0][1] * c[1][2] - c[0][2] * c[1][1]);
    }

    private static boolean orthonormal(double[][] r) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[0][i] * r[0][j] + r[1][i] * r[1][j] + r[2][i] * r[2][j];
                if (Math.abs(dot - (i == j ? 1 : 0)) > 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The rotation nearest to {@code a} (its polar factor), by Newton's iteration a = (a + a^-T) / 2. */
    private static double[][] nearestRotation(double[][] a) {
        double[][] x = a;
        for (int it = 0; it < 50 && !orthonormal(x); it++) {
            double[][] invT = inverseTranspose(x);
            double[][] next = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    next[i][j] = (x[i][j] + invT[i][j]) / 2;
                }
            }
            x = next;
        }
        return x;
    }

    private static double[][] inverseTranspose(double[][] a) {
        double[][] cof = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int i1 = (i + 1) % 3;
                int i2 = (i + 2) % 3;
                int j1 = (j + 1) % 3;
                int j2 = (j + 2) % 3;
                cof[i][j] = a[i1][j1] * a[i2][j2] - a[i1][j2] * a[i2][j1];
            }
        }
        double det = a[0][0] * cof[0][0] + a[0][1] * cof[0][1] + a[0][2] * cof[0][2];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                cof[i][j] /= det;
            }
        }
        return cof;  // the cofactor matrix over the determinant is the inverse's transpose
    }
}
